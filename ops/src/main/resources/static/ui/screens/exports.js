// Exports for auditors: the evidence bundle of the company (GET …/evidence, a zip) and the latest signed tree
// head of the ledger, to keep and compare with the next bundle (README: 改ざん検知).

import {h, formatTime, add} from '../dom.js';
import {t, lang} from '../i18n.js';
import {get, companyPath} from '../api.js';

export async function render(main, {session}) {
  const companyId = session.state.companyId;
  add(main, h('h1', {}, t('exports.title')),
    h('section', {class: 'card'}, h('h2', {}, t('exports.evidence')), h('p', {}, t('exports.evidenceHint')),
      h('p', {}, h('a', {href: companyPath(companyId, '/evidence'), download: 'evidence.zip', class: 'download',
        id: 'evidence-link'}, t('exports.download')))));
  const head = h('section', {class: 'card'}, h('h2', {}, t('exports.head')));
  add(main, head);
  try {
    const latest = await get('/api/v1/ledger/heads/latest');
    add(head, h('dl', {class: 'facts'},
      h('dt', {}, t('exports.treeSize')), h('dd', {}, String(latest.treeSize)),
      h('dt', {}, t('exports.rootHash')), h('dd', {class: 'mono'}, latest.rootHash),
      h('dt', {}, t('exports.signedAt')), h('dd', {}, formatTime(latest.timestamp, lang())),
      h('dt', {}, t('exports.keyId')), h('dd', {class: 'mono'}, latest.keyId),
      h('dt', {}, t('exports.signature')), h('dd', {class: 'mono'}, latest.signature)),
    h('p', {class: 'hint'}, t('exports.headHint')));
  } catch (e) {
    add(head, h('p', {class: 'error', role: 'alert'}, e.detail || t('error.generic')));
  }
}
