// Denied-access alerts: every refused attempt from the access log (who, role, what, when, from where).

import {h, table, formatTime, add} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, companyPath} from '../api.js';

export async function render(main, {session}) {
  const log = await get(companyPath(session.state.companyId, '/access-log?limit=1000'));
  const denied = log.filter((e) => e.outcome !== 'GRANTED');
  add(main, h('h1', {}, t('alerts.title')),
    h('p', {class: denied.length ? 'alert-count' : ''}, t('alerts.count', {count: denied.length, total: log.length})),
    denied.length ? table(t('alerts.caption'),
      [t('timeline.when'), t('alerts.user'), t('timeline.role'), t('alerts.action'), t('timeline.purpose'), t('alerts.reason'),
        t('timeline.where')],
      denied.map((e) => [formatTime(e.occurredAt, lang()), e.username || e.userId || '', label('role', e.role), label('messageType', e.action),
        label('purpose', e.purpose), e.reason ? label('denialReason', e.reason) : label('outcome', e.outcome), e.clientAddress || '']))
      : h('p', {}, t('alerts.none')));
}
