// The subject list of the current company: names, kinds, statuses and the masked number — never a number.
// Filters by status and kind, search by name or employee code (in the browser, over the masked list).

import {h, field, table, replace, add} from '../dom.js';
import {t, label} from '../i18n.js';
import {get, companyPath} from '../api.js';

const STATUSES = ['NOT_ACQUIRED', 'ACQUIRED', 'VERIFIED', 'REFUSED', 'DISPOSAL_DUE', 'DISPOSED'];
const KINDS = ['OFFICER', 'EMPLOYEE', 'PART_TIME', 'CONTRACT', 'DEPENDENT', 'PAYEE'];

export async function render(main, {session}) {
  const subjects = await get(companyPath(session.state.companyId, '/subjects'));
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const status = h('select', {name: 'status'}, h('option', {value: ''}, t('filter.all')),
    STATUSES.map((s) => h('option', {value: s}, label('status', s))));
  const kind = h('select', {name: 'kind'}, h('option', {value: ''}, t('filter.all')),
    KINDS.map((k) => h('option', {value: k}, label('kind', k))));
  const search = h('input', {type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false'});
  const count = h('p', {class: 'count', role: 'status'});
  const results = h('div', {});
  const detailAllowed = session.holds('HANDLER', 'RESPONSIBLE_MANAGER', 'OFFICE_HEAD', 'AUDITOR');

  function show() {
    const q = search.value.normalize('NFKC').trim().toLowerCase();
    const shown = subjects.filter((s) => (!status.value || s.myNumberStatus === status.value)
      && (!kind.value || s.kind === kind.value)
      && (!q || (s.displayName || '').normalize('NFKC').toLowerCase().replace(/\s/g, '').includes(q.replace(/\s/g, ''))
        || (s.employeeCode || '').toLowerCase().includes(q)));
    count.textContent = t('subjects.count', {shown: shown.length, total: subjects.length});
    replace(results, table(t('subjects.caption'),
      [t('subjects.name'), t('subjects.code'), t('subjects.kind'), t('subjects.status'), t('subjects.number')],
      shown.map((s) => [
        detailAllowed ? h('a', {href: `#/subjects/${s.id}`}, s.displayName || t('subjects.disposedName'))
          : (s.displayName || t('subjects.disposedName')),
        s.employeeCode || (s.relatedSubjectId && byId.get(s.relatedSubjectId)
          ? t('subjects.dependentOf', {name: byId.get(s.relatedSubjectId).displayName, relationship: label('relationship', s.relationship)})
          : ''),
        label('kind', s.kind),
        h('span', {class: `status status-${s.myNumberStatus}`}, label('status', s.myNumberStatus)),
        h('span', {class: 'masked', 'aria-label': t('subjects.maskedLabel')}, s.myNumberMasked)])));
  }

  [status, kind].forEach((c) => c.addEventListener('change', show));
  search.addEventListener('input', show);
  const filters = h('form', {class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault()},
    field(t('subjects.filterStatus'), status),
    field(t('subjects.filterKind'), kind),
    field(t('subjects.search'), search, t('subjects.searchHint')));
  add(main, h('h1', {}, t('subjects.title')), filters, count, results);
  show();
}
