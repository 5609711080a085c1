// 事務取扱担当者の指名: who is appointed for which purposes, and whether their training and pledge (誓約書)
// are for the company's current handling rules (only then may they handle numbers).

import {h, table, formatTime, add} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, companyPath} from '../api.js';

export async function render(main, {session}) {
  const handlers = await get(companyPath(session.state.companyId, '/handlers'));
  const yesNo = (ok, text) => h('span', {class: ok ? 'ok' : 'bad'}, `${ok ? '✓' : '✗'} ${text}`);
  add(main, h('h1', {}, t('handlers.title')),
    handlers.length ? table(t('handlers.caption'),
      [t('handlers.user'), t('handlers.appointed'), t('handlers.purposes'), t('handlers.training'), t('handlers.pledge'),
        t('handlers.qualified')],
      handlers.map((x) => [x.username,
        x.appointed ? yesNo(true, formatTime(x.appointedAt, lang())) : yesNo(false, t('handlers.dismissed')),
        (x.purposes || []).map((p) => label('purpose', p)).join(t('common.listSeparator')),
        yesNo(x.trainingVersion === x.currentRulesVersion, t('handlers.version', {version: x.trainingVersion ?? '—',
          current: x.currentRulesVersion})),
        yesNo(x.pledgeVersion === x.currentRulesVersion, t('handlers.version', {version: x.pledgeVersion ?? '—',
          current: x.currentRulesVersion})),
        yesNo(x.qualified, x.qualified ? t('handlers.yes') : t('handlers.no'))]))
      : h('p', {}, t('handlers.none')));
}
