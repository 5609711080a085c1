// The reveal dialog (利用): purpose and reason are required; the API records the access either way. The number
// is shown for revealSeconds (30 s by default, /ui/config.json) with a countdown, then removed from the DOM.
// It never enters a URL, the title, the history, storage or the clipboard; closing the dialog wipes it at once.

import {h, field, uid, add} from './dom.js';
import {t, label} from './i18n.js';
import {post, companyPath, problemText} from './api.js';

function grouped(digits) {
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/** Opens the dialog for a subject; purposes: those the handler is appointed for. */
export function openReveal({companyId, subject, purposes, seconds}) {
  const titleId = uid('reveal-title');
  const purpose = h('select', {required: true, name: 'purpose'}, h('option', {value: ''}, t('reveal.choosePurpose')),
    purposes.map((p) => h('option', {value: p}, label('purpose', p))));
  const reason = h('textarea', {required: true, name: 'reason', maxlength: '500', rows: '3', autocomplete: 'off'});
  const error = h('p', {class: 'error', role: 'alert'});
  const submit = h('button', {type: 'submit', class: 'primary'}, t('reveal.submit'));
  const cancel = h('button', {type: 'button'}, t('common.cancel'));
  const form = h('form', {novalidate: true},
    h('p', {}, t('reveal.explain')),
    field(t('reveal.purpose'), purpose),
    field(t('reveal.reason'), reason, t('reveal.reasonHint')),
    error,
    h('div', {class: 'actions'}, submit, cancel));
  const dialog = h('dialog', {class: 'reveal-dialog', 'aria-labelledby': titleId},
    h('h2', {id: titleId}, t('reveal.title', {name: subject.displayName})), form);
  let timer = null;

  function wipe() {
    clearInterval(timer);
    dialog.querySelectorAll('.revealed').forEach((el) => el.remove());
  }
  // Leaving the page (another tab's navigation, the back/forward cache) closes the dialog and wipes the number.
  const onPageHide = () => { if (dialog.open) dialog.close(); };
  window.addEventListener('pagehide', onPageHide);
  dialog.addEventListener('close', () => {
    wipe();
    window.removeEventListener('pagehide', onPageHide);
    dialog.remove();
  });
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!purpose.value || !reason.value.trim()) {
      error.textContent = t('reveal.missing');
      (purpose.value ? reason : purpose).focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await post(companyPath(companyId, `/subjects/${subject.id}/my-number/reveal`),
        {purpose: purpose.value, reason: reason.value.trim()});
      let left = seconds;
      const countdown = h('p', {class: 'countdown', 'aria-live': 'off'});
      const close = h('button', {type: 'button', class: 'primary'}, t('reveal.hideNow'));
      close.addEventListener('click', () => dialog.close());
      const shown = h('div', {class: 'revealed'},
        h('p', {class: 'revealed-label'}, t('reveal.shownFor', {purpose: label('purpose', purpose.value)})),
        h('output', {class: 'revealed-number', 'aria-label': t('reveal.numberLabel')}, grouped(answer.myNumber)),
        countdown, close);
      answer.myNumber = null;
      form.replaceWith(shown);
      const tick = () => {
        countdown.textContent = t('reveal.countdown', {seconds: left});
        if (left <= 0) {
          wipe();
          add(dialog, h('p', {class: 'notice', role: 'status'}, t('reveal.wiped')));
          setTimeout(() => { if (dialog.open) dialog.close(); }, 1500);
        }
        left -= 1;
      };
      tick();
      timer = setInterval(tick, 1000);
      close.focus();
    } catch (e) {
      error.textContent = problemText(e);
      submit.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  purpose.focus();
  return () => { if (dialog.isConnected) dialog.close(); };
}
