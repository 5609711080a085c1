// 取扱状況の記録 (handling register) and the verification status of every subject, for oversight.

import {h, table, add} from '../dom.js';
import {t, label} from '../i18n.js';
import {get, companyPath} from '../api.js';

export async function render(main, {session}) {
  const companyId = session.state.companyId;
  const [register, subjects] = await Promise.all([get(companyPath(companyId, '/handling-register')),
    get(companyPath(companyId, '/subjects'))]);
  const counts = {};
  subjects.forEach((s) => { counts[s.myNumberStatus] = (counts[s.myNumberStatus] || 0) + 1; });
  add(main, h('h1', {}, t('register.title')),
    h('dl', {class: 'facts'},
      h('dt', {}, t('register.company')), h('dd', {}, register.companyName),
      h('dt', {}, t('register.file')), h('dd', {}, register.fileName),
      h('dt', {}, t('register.storage')), h('dd', {}, register.storageLocation),
      h('dt', {}, t('register.managers')), h('dd', {}, (register.responsibleManagers || []).join(t('common.listSeparator'))),
      h('dt', {}, t('register.rules')), h('dd', {}, String(register.rulesVersion))),
    table(t('register.caption'),
      [t('timeline.purpose'), t('register.handlers'), t('register.held'), t('register.verified'), t('register.disposed')],
      (register.lines || []).map((l) => [l.purposeLabel || label('purpose', l.purpose),
        (l.handlers || []).map((x) => `${x.username}${x.qualified ? '' : ` (${t('handlers.no')})`}`).join(t('common.listSeparator')),
        String(l.held), String(l.verified), String(l.disposed)])),
    h('section', {class: 'card'}, h('h2', {}, t('register.verification')),
      table(t('register.verificationCaption'), [t('subjects.status'), t('register.subjects')],
        Object.entries(counts).map(([status, n]) => [label('status', status), String(n)]))));
}
