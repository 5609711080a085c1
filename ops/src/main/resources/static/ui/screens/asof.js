// The company "as of" a time (GET …/history?asOf=, ADR 0017): reconstructed from the event store, not from the
// lists — per subject kind the employee code, the status then, the purposes notified and the number of steps, a
// drill-down to one subject's steps (who, role, purpose, when, from where), and the access log up to then.
// The reconstruction carries no names and no numbers; subjects are known by kind, employee code and id.

import {h, field, table, replace, formatTime, add, jstInstant} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, companyPath, problemText} from '../api.js';

const KINDS = ['OFFICER', 'EMPLOYEE', 'PART_TIME', 'CONTRACT', 'DEPENDENT', 'PAYEE'];
const ACCESS_LOG_SHOWN = 200;

function shortId(id) {
  return id ? id.substring(0, 8) : '';
}

function codeOf(subject, byId) {
  if (subject.employeeCode) return subject.employeeCode;
  const related = subject.relatedSubjectId && byId.get(subject.relatedSubjectId);
  if (related) {
    return t('asof.dependentOf', {code: related.employeeCode || shortId(related.subjectId),
      relationship: label('relationship', subject.relationship)});
  }
  return '—';
}

function stepsTable(subject, byId) {
  return h('section', {class: 'card', id: 'asof-steps', tabindex: '-1'},
    h('h2', {}, t('asof.stepsTitle', {code: codeOf(subject, byId), kind: label('kind', subject.kind)})),
    h('p', {class: 'hint'}, t('asof.subjectId', {id: subject.subjectId})),
    subject.steps.length ? table(t('asof.stepsCaption'),
      [t('timeline.when'), t('timeline.action'), t('timeline.purpose'), t('timeline.who'), t('timeline.role'), t('timeline.where')],
      subject.steps.map((s) => [formatTime(s.occurredAt, lang()), label('action', s.action), label('purpose', s.purpose),
        s.actorName || s.actor || '', label('role', s.role), s.clientAddress || '']))
      : h('p', {}, t('timeline.none')));
}

function subjectsSection(state, drill) {
  const byId = new Map(state.subjects.map((s) => [s.subjectId, s]));
  const groups = KINDS.map((kind) => [kind, state.subjects.filter((s) => s.kind === kind)]).filter(([, list]) => list.length);
  return h('section', {class: 'card'}, h('h2', {}, t('asof.subjectsTitle', {count: state.subjects.length})),
    groups.length ? groups.map(([kind, list]) => table(`${label('kind', kind)}（${list.length}）`,
      [t('subjects.code'), t('subjects.status'), t('asof.purposes'), t('asof.steps'), ''],
      list.map((s) => [codeOf(s, byId),
        h('span', {class: `status status-${s.myNumberStatus}`}, label('status', s.myNumberStatus)),
        s.purposesNotified.map((p) => label('purpose', p)).join(t('common.listSeparator')) || '—',
        String(s.steps.length),
        h('button', {type: 'button', 'data-subject': s.subjectId, onclick: () => drill(s, byId)}, t('asof.showSteps'))])))
      : h('p', {}, t('asof.noSubjects')));
}

function accessLogSection(state) {
  const newest = state.accessLog.slice(-ACCESS_LOG_SHOWN).reverse();
  return h('section', {class: 'card'}, h('h2', {}, t('asof.accessTitle')),
    h('p', {class: 'hint'}, t('asof.accessCount', {shown: newest.length, total: state.accessLog.length})),
    newest.length ? table(t('asof.accessCaption'),
      [t('timeline.when'), t('asof.outcome'), t('asof.request'), t('timeline.purpose'), t('timeline.who'), t('timeline.role'),
        t('timeline.where'), t('asof.reason')],
      newest.map((a) => [formatTime(a.occurredAt, lang()),
        h('span', {class: a.outcome === 'DENIED' ? 'bad' : 'ok'}, label('outcome', a.outcome)),
        label('messageType', a.action), label('purpose', a.purpose), a.username || a.userId || '', label('role', a.role),
        a.clientAddress || '', a.reason ? label('denialReason', a.reason) : '']))
      : h('p', {}, t('timeline.none')));
}

export async function render(main, {session}) {
  const companyId = session.state.companyId;
  const asOf = h('input', {type: 'datetime-local', step: '1', name: 'asOf'});
  const error = h('p', {class: 'error', role: 'alert'});
  const status = h('p', {class: 'count', role: 'status', 'aria-live': 'polite'});
  const results = h('div', {id: 'asof-results'});
  const detail = h('div', {});
  const button = h('button', {type: 'submit', class: 'primary'}, t('timeline.show'));
  const drill = (subject, byId) => {
    replace(detail, stepsTable(subject, byId));
    detail.firstChild.focus();
  };
  const load = async () => {
    replace(error);
    replace(detail);
    const instant = jstInstant(asOf.value);
    button.disabled = true;
    status.textContent = t('asof.working');
    try {
      const state = await get(companyPath(companyId, `/history${instant ? `?asOf=${encodeURIComponent(instant)}` : ''}`));
      status.textContent = t('asof.result', {time: formatTime(state.asOf, lang())});
      replace(results,
        h('dl', {class: 'facts'},
          h('dt', {}, t('asof.asOf')), h('dd', {id: 'asof-time'}, formatTime(state.asOf, lang())),
          h('dt', {}, t('asof.declared')),
          h('dd', {}, state.purposesDeclared.map((p) => label('purpose', p)).join(t('common.listSeparator')) || '—')),
        subjectsSection(state, drill), detail, accessLogSection(state));
    } catch (e) {
      status.textContent = '';
      replace(results);
      replace(error, problemText(e));
    } finally {
      button.disabled = false;
    }
  };
  const form = h('form', {class: 'filters', novalidate: true, onsubmit: (e) => { e.preventDefault(); load(); }},
    field(t('timeline.asOf'), asOf, t('timeline.asOfHint')), button);
  add(main, h('h1', {}, t('asof.title')),
    h('p', {class: 'notice'}, t('asof.explain')),
    form, error, status, results);
  await load();
}
