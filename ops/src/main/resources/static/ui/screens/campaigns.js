// Collection campaigns (回収キャンペーン, e.g. 年末調整 2026): progress per campaign and per subject.

import {h, table, replace, add} from '../dom.js';
import {t, label} from '../i18n.js';
import {get, companyPath} from '../api.js';

export async function render(main, {session}) {
  const campaigns = await get(companyPath(session.state.companyId, '/campaigns'));
  add(main, h('h1', {}, t('campaigns.title')));
  if (!campaigns.length) {
    add(main, h('p', {}, t('campaigns.none')));
    return;
  }
  for (const summary of campaigns) {
    const detail = h('div', {});
    const done = summary.collected + summary.verified + summary.refused;
    const section = h('section', {class: 'card', 'aria-labelledby': `c-${summary.id}`},
      h('h2', {id: `c-${summary.id}`}, summary.name),
      h('p', {}, t('campaigns.due', {date: summary.dueOn}), ' · ',
        summary.purposes.map((p) => label('purpose', p)).join(t('common.listSeparator'))),
      h('progress', {max: String(summary.targeted || 1), value: String(done),
        'aria-label': t('campaigns.progressLabel', {done, total: summary.targeted})}),
      h('dl', {class: 'facts inline'},
        ['targeted', 'outstanding', 'collected', 'verified', 'refused', 'purposeNotNotified'].flatMap((k) =>
          [h('dt', {}, t(`campaigns.${k}`)), h('dd', {}, String(summary[k]))])),
      detail);
    add(main, section);
    const full = await get(companyPath(session.state.companyId, `/campaigns/${summary.id}`));
    replace(detail, table(t('campaigns.subjectsCaption', {name: summary.name}),
      [t('subjects.name'), t('subjects.code'), t('subjects.kind'), t('campaigns.status')],
      (full.subjects || []).map((s) => [s.displayName || t('subjects.disposedName'), s.employeeCode || '',
        label('kind', s.kind), h('span', {class: `status campaign-${s.campaignStatus}`}, label('campaignStatus', s.campaignStatus))])));
  }
}
