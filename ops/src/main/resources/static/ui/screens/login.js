// Login: user name, password and, for roles that need it, the TOTP code. POST /api/v1/auth/session sets the
// HttpOnly session cookie and the CSRF cookie; the page never sees the token.

import {h, field, add} from '../dom.js';
import {t} from '../i18n.js';
import {post, problemText} from '../api.js';
import {restart} from '../app.js';

export function render(main, {notice}) {
  const error = h('p', {class: 'error', id: 'login-error', role: 'alert'});
  const username = h('input', {name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none',
    spellcheck: 'false'});
  const password = h('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const totp = h('input', {name: 'totp', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9０-９ ]{6,8}',
    maxlength: '8'});
  const submit = h('button', {type: 'submit', class: 'primary'}, t('login.submit'));
  const form = h('form', {class: 'card narrow', novalidate: true, 'aria-describedby': 'login-error'},
    field(t('login.username'), username),
    field(t('login.password'), password),
    field(t('login.totp'), totp, t('login.totpHint')),
    submit, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!username.value.trim() || !password.value) {
      error.textContent = t('login.missing');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    try {
      const code = totp.value.normalize('NFKC').replace(/\s/g, '');
      const answer = await post('/api/v1/auth/session',
        {username: username.value.trim(), password: password.value, totp: code || null}, {login: true});
      password.value = '';
      totp.value = '';
      await restart(answer.passwordChangeRequired ? '/password' : '/');
    } catch (e) {
      password.value = '';
      totp.value = '';
      error.textContent = e.code === 'AUTH_FAILED' ? t('login.failed') : (problemText(e));
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  add(main, h('h1', {}, t('login.title')),
    notice ? h('p', {class: 'notice', role: 'status'}, notice) : null,
    form);
  username.focus();
}
