// The staff side of invitations (ADR 0021), a section of the subject screen: issue a one-time link for the
// person (shown once, to copy) and the submission history of every link (states, times, receipt numbers).

import {h, field, table, replace, formatTime} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, post, companyPath, problemText} from '../api.js';

const INVITERS = ['OFFICE_HEAD', 'OFFICE_STAFF', 'RESPONSIBLE_MANAGER', 'HANDLER', 'PAYROLL'];

export async function invitationSection(session, subject, toast) {
  const path = companyPath(session.state.companyId, `/subjects/${subject.id}/invitations`);
  const list = h('div', {});
  const issued = h('div', {});
  const error = h('p', {class: 'error', role: 'alert'});
  // The history is a read model: it shows a new link within a second; wait for it (briefly) after issuing.
  const load = async (expected) => {
    let invitations = await get(path);
    for (let i = 0; expected && i < 10 && !invitations.some((x) => x.invitationId === expected); i += 1) {
      await new Promise((r) => setTimeout(r, 300));
      invitations = await get(path);
    }
    replace(list, invitations.length ? table(t('invitations.caption'),
      [t('invitations.issuedAt'), t('invitations.issuedBy'), t('invitations.state'), t('invitations.expiresAt'),
        t('invitations.redeemedAt'), t('invitations.completedAt'), t('invitations.receiptId'), t('invitations.contents')],
      invitations.map((i) => [formatTime(i.issuedAt, lang()), i.issuedBy || '', label('invitationState', i.state),
        formatTime(i.expiresAt, lang()), formatTime(i.redeemedAt, lang()), formatTime(i.completedAt, lang()),
        i.receiptId ? h('span', {class: 'mono'}, i.receiptId) : '',
        i.state === 'COMPLETED' ? t('invitations.contentsText', {own: t(i.ownNumberSent ? 'invitations.yes' : 'invitations.no'),
          dependents: i.dependentsAdded, images: i.imagesSent}) : '']))
      : h('p', {}, t('invitations.none')));
  };
  const mayInvite = subject.kind !== 'DEPENDENT' && session.holds(...INVITERS);
  const issue = h('button', {type: 'button', class: 'primary', id: 'invitation-issue', onclick: async () => {
    error.textContent = '';
    issue.disabled = true;
    try {
      const answer = await post(path, {});
      const link = h('input', {type: 'text', readonly: true, value: answer.link, id: 'invitation-link', autocomplete: 'off',
        class: 'mono'});
      const copy = h('button', {type: 'button', onclick: async () => {
        link.select();
        try {
          await navigator.clipboard.writeText(link.value);
        } catch (e) {
          document.execCommand('copy');
        }
        toast(t('invitations.copied'));
      }}, t('invitations.copy'));
      replace(issued, h('p', {class: 'notice', role: 'status'}, t('invitations.issued', {time: formatTime(answer.expiresAt, lang())})),
        field(t('invitations.link'), link, t('invitations.linkOnce')), h('div', {class: 'actions'}, copy));
      link.focus();
      link.select();
      await load(answer.invitationId);
    } catch (e) {
      error.textContent = problemText(e);
    }
    issue.disabled = false;
  }}, t('invitations.issue'));
  await load();
  // The link holds the secret: it leaves the page with the screen.
  return {section: h('section', {class: 'card', 'aria-labelledby': 'invitations-title'},
    h('h2', {id: 'invitations-title'}, t('invitations.title')), h('p', {class: 'hint'}, t('invitations.hint')),
    mayInvite ? h('div', {class: 'actions'}, issue) : null, error, issued, list),
  cleanup: () => replace(issued)};
}
