// Exports for auditors, responsible managers and office heads: the evidence bundle of the company
// (GET …/evidence, a zip), optionally for a period and/or one subject, fetched as a Blob and saved under the
// server's file name; and the latest signed tree head of the ledger, to keep and compare with the next bundle
// (README: 改ざん検知). The request URL holds only ids and times: the subject is picked by name or employee code,
// but only its id is sent.

import {h, field, formatTime, add, replace, jstInstant, saveFile} from '../dom.js';
import {t, lang} from '../i18n.js';
import {get, companyPath, problemText} from '../api.js';

function subjectOption(s) {
  const name = s.displayName || t('subjects.disposedName');
  return h('option', {value: s.id}, s.employeeCode ? `${name}（${s.employeeCode}）` : name);
}

async function showHead(section) {
  try {
    const latest = await get('/api/v1/ledger/heads/latest');
    replace(section, h('h2', {}, t('exports.head')),
      h('dl', {class: 'facts', id: 'latest-head'},
        h('dt', {}, t('exports.treeSize')), h('dd', {}, String(latest.treeSize)),
        h('dt', {}, t('exports.rootHash')), h('dd', {class: 'mono'}, latest.rootHash),
        h('dt', {}, t('exports.signedAt')), h('dd', {}, formatTime(latest.timestamp, lang())),
        h('dt', {}, t('exports.keyId')), h('dd', {class: 'mono'}, latest.keyId),
        h('dt', {}, t('exports.signature')), h('dd', {class: 'mono'}, latest.signature)),
      h('p', {class: 'hint'}, t('exports.headHint')));
  } catch (e) {
    replace(section, h('h2', {}, t('exports.head')), h('p', {class: 'error', role: 'alert'}, problemText(e)));
  }
}

function exportForm(companyId, subjects, afterExport) {
  const from = h('input', {type: 'datetime-local', step: '1', name: 'from'});
  const to = h('input', {type: 'datetime-local', step: '1', name: 'to'});
  const subject = h('select', {name: 'subjectId'}, h('option', {value: ''}, t('exports.allSubjects')),
    subjects.map(subjectOption));
  const error = h('p', {class: 'error', role: 'alert', id: 'evidence-error'});
  const progress = h('div', {class: 'notice', role: 'status', 'aria-live': 'polite', id: 'evidence-status'});
  const button = h('button', {type: 'submit', class: 'primary download', id: 'evidence-download'}, t('exports.download'));
  const form = h('form', {novalidate: true, autocomplete: 'off'},
    h('div', {class: 'filters'},
      field(t('exports.from'), from, t('exports.timeHint')),
      field(t('exports.to'), to, t('exports.timeHint'))),
    field(t('exports.subject'), subject, t('exports.subjectHint')),
    error, progress, h('div', {class: 'actions'}, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(error);
    const query = new URLSearchParams();
    if (jstInstant(from.value)) query.set('from', jstInstant(from.value));
    if (jstInstant(to.value)) query.set('to', jstInstant(to.value));
    if (subject.value) query.set('subjectId', subject.value);
    const search = query.toString();
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    replace(progress, h('progress', {'aria-label': t('exports.working')}), h('span', {}, t('exports.working')));
    try {
      const file = await get(companyPath(companyId, `/evidence${search ? `?${search}` : ''}`), {file: true});
      saveFile(file, 'evidence.zip');
      replace(progress, t('exports.saved', {file: file.filename || 'evidence.zip',
        size: Math.max(1, Math.round(file.blob.size / 1024))}));
      afterExport();
    } catch (e) {
      replace(progress);
      replace(error, problemText(e));
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

export async function render(main, {session}) {
  const companyId = session.state.companyId;
  const subjects = await get(companyPath(companyId, '/subjects')).catch(() => []);
  const head = h('section', {class: 'card'}, h('h2', {}, t('exports.head')), h('p', {class: 'loading'}, t('exports.loading')));
  add(main, h('h1', {}, t('exports.title')),
    h('section', {class: 'card'}, h('h2', {}, t('exports.evidence')), h('p', {}, t('exports.evidenceHint')),
      exportForm(companyId, subjects, () => showHead(head))),
    head,
    h('section', {class: 'card'}, h('h2', {}, t('exports.verifyTitle')), h('p', {}, t('exports.verifyText')),
      h('pre', {class: 'mono'}, 'java -jar mnledger-server.jar verify evidence-….zip\npython3 docs/verify_bundle.py evidence-….zip'),
      h('p', {class: 'hint'}, t('exports.verifyHint'))));
  await showHead(head);
}
