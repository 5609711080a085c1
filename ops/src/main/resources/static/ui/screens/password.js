// Changing one's own password (required at first login of a new user). Every token ends afterwards: log in again.

import {h, field, add} from '../dom.js';
import {t} from '../i18n.js';
import {post, problemText} from '../api.js';
import {restart} from '../app.js';

export function render(main) {
  const error = h('p', {class: 'error', role: 'alert'});
  const current = h('input', {type: 'password', autocomplete: 'current-password', required: true});
  const next = h('input', {type: 'password', autocomplete: 'new-password', required: true, minlength: '12'});
  const form = h('form', {class: 'card narrow', novalidate: true},
    field(t('password.current'), current),
    field(t('password.new'), next, t('password.hint')),
    h('button', {type: 'submit', class: 'primary'}, t('password.submit')), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      await post('/api/v1/auth/password', {currentPassword: current.value, newPassword: next.value});
      await restart('/login', t('password.changed'));
    } catch (e) {
      error.textContent = problemText(e);
    } finally {
      current.value = '';
      next.value = '';
    }
  });
  add(main, h('h1', {}, t('password.title')), form);
}
