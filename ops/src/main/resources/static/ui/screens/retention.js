// Retention and disposal (廃棄): the proposals the sweep made (PROPOSED), to confirm in one step that
// destroys each person's key and issues one 削除証明書 (PDF); the disposal records with their certificates.
// Confirming is for the responsible manager and the office head; the auditor sees the same lists.

import {h, table, replace, formatTime, add} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, post, companyPath, problemText} from '../api.js';

function certificateLink(companyId, certificateId, disposedAt) {
  // The day in Japan (the UTC date is the day before for a disposal between 0:00 and 9:00 JST).
  const day = disposedAt ? new Date(disposedAt).toLocaleDateString('sv-SE', {timeZone: 'Asia/Tokyo'}) : '';
  return h('a', {href: companyPath(companyId, `/disposal-certificates/${certificateId}`),
    download: t('retention.certificateFile', {day}), class: 'download'}, t('retention.certificate'));
}

export async function render(main, context) {
  const {session, toast} = context;
  const companyId = session.state.companyId;
  const [schedule, disposals] = await Promise.all([
    get(companyPath(companyId, '/retention-schedule')), get(companyPath(companyId, '/disposals'))]);
  const mayConfirm = session.holds('RESPONSIBLE_MANAGER', 'OFFICE_HEAD');
  const proposed = schedule.filter((r) => r.status === 'PROPOSED');
  const held = schedule.filter((r) => r.status !== 'PROPOSED');
  const error = h('p', {class: 'error', role: 'alert'});
  const result = h('div', {role: 'status'});
  add(main, h('h1', {}, t('retention.title')));

  const boxes = proposed.map((r) => h('input', {type: 'checkbox', value: r.subjectId, name: 'subjectIds',
    'aria-label': t('retention.selectLabel', {name: r.displayName || r.employeeCode || ''})}));
  const confirmButton = h('button', {type: 'submit', class: 'danger', id: 'confirm-disposal'}, t('retention.confirm'));
  const proposalTable = table(t('retention.proposedCaption'),
    [mayConfirm ? t('retention.select') : '', t('subjects.name'), t('subjects.code'), t('subjects.kind'),
      t('retention.dueOn'), t('retention.document'), t('retention.basis')],
    proposed.map((r, i) => [mayConfirm ? boxes[i] : '', r.displayName || '', r.employeeCode || '', label('kind', r.kind),
      r.dueOn || '', r.documentName || '', r.basis || '']));
  const proposals = h('form', {class: 'card', novalidate: true},
    h('h2', {}, t('retention.proposed')),
    proposed.length ? proposalTable : h('p', {}, t('retention.noneDue')),
    mayConfirm && proposed.length ? h('p', {class: 'hint'}, t('retention.confirmHint')) : null,
    mayConfirm && proposed.length ? confirmButton : null, error, result);
  proposals.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ids.length) {
      error.textContent = t('retention.noneSelected');
      return;
    }
    const yes = h('button', {type: 'button', class: 'danger', id: 'confirm-disposal-yes'}, t('retention.confirmYes'));
    const no = h('button', {type: 'button'}, t('common.cancel'));
    const dialog = h('dialog', {'aria-labelledby': 'dispose-title'},
      h('h2', {id: 'dispose-title'}, t('retention.confirmTitle')),
      h('p', {}, t('retention.confirmText', {count: ids.length})), h('div', {class: 'actions'}, yes, no));
    dialog.addEventListener('close', () => dialog.remove());
    no.addEventListener('click', () => dialog.close());
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        const answer = await post(companyPath(companyId, '/disposals'), {subjectIds: ids});
        dialog.close();
        replace(result, h('p', {class: 'hint'}, t('retention.issuing')));
        // The certificate is written from the disposal records, which follow the disposal within a second or so.
        for (let i = 0; answer.certificateId && i < 30; i += 1) {
          const records = await get(companyPath(companyId, '/disposals'));
          if (records.some((r) => r.certificateId === answer.certificateId)) break;
          await new Promise((r) => setTimeout(r, 300));
        }
        const failed = answer.results.filter((r) => r.outcome !== 'DISPOSED');
        replace(result, h('p', {class: 'notice'}, t('retention.disposed', {count: answer.disposed})),
          answer.certificateId ? h('p', {}, certificateLink(companyId, answer.certificateId, new Date().toISOString())) : null,
          failed.length ? h('p', {class: 'error'}, t('retention.failed', {count: failed.length,
            codes: [...new Set(failed.map((f) => f.outcome))].join(', ')})) : null);
        toast(t('retention.disposed', {count: answer.disposed}));
        boxes.filter((b) => b.checked).forEach((b) => { b.checked = false; b.disabled = true; });
      } catch (e) {
        dialog.close();
        error.textContent = problemText(e);
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
  add(main, proposals);

  const certificates = new Map();
  disposals.forEach((d) => { if (d.certificateId && !certificates.has(d.certificateId)) certificates.set(d.certificateId, d); });
  add(main, h('section', {class: 'card'}, h('h2', {}, t('retention.records')),
    disposals.length ? table(t('retention.recordsCaption'),
      [t('retention.disposedAt'), t('subjects.code'), t('subjects.kind'), t('retention.dueOn'), t('retention.method'),
        t('retention.confirmedBy'), t('retention.certificate')],
      disposals.map((d) => [formatTime(d.disposedAt, lang()), d.employeeCode || '', label('kind', d.kind), d.dueOn || '',
        `${label('disposalMethod', d.method)}${d.automatic ? ` (${t('retention.automatic')})` : ''}`, d.confirmedByName || d.confirmedBy || '',
        d.certificateId ? certificateLink(companyId, d.certificateId, d.disposedAt) : '']))
      : h('p', {}, t('retention.noRecords'))));

  add(main, h('section', {class: 'card'}, h('h2', {}, t('retention.schedule')),
    table(t('retention.scheduleCaption'),
      [t('subjects.name'), t('subjects.code'), t('subjects.kind'), t('retention.dueOn'), t('retention.status')],
      held.map((r) => [r.displayName || '', r.employeeCode || '', label('kind', r.kind), r.dueOn || t('retention.noDate'),
        label('retentionStatus', r.status)]))));
}
