// 漏えい等報告 drafts (ADR 0019). The list of the company's drafts for the responsible manager, the office head and
// the auditor; the drafting form for the first two (the API refuses the auditor anyway); one draft with its
// reportability and the reason per situation, the 速報/確報 deadlines, 本人の数 and the nine items, and its PDF.
// The notes are sensitive: sent in the body only (never in a URL, the title or storage), the form cleared after.

import {h, field, table, replace, formatTime, add, jstInstant, saveFile} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, post, companyPath, problemText} from '../api.js';

const CATEGORIES = ['LEAK', 'LOSS', 'DAMAGE'];
const PURPOSES = ['SOCIAL_INSURANCE', 'EMPLOYMENT_INSURANCE', 'WORKERS_COMPENSATION', 'WITHHOLDING_TAX',
  'PAYMENT_REPORT', 'RESIDENT_TAX', 'TAX_FILING'];
const FACTS = ['improperPurpose', 'publiclyViewable', 'highlyEncrypted', 'specifiedSystem'];
const NOTES = ['summary', 'cause', 'secondaryDamage', 'responseToIndividuals', 'publication', 'recurrencePrevention', 'other'];

function reportable(report) {
  return h('span', {class: report.assessment.reportable ? 'bad' : 'ok'},
    t(report.assessment.reportable ? 'breach.reportable' : 'breach.notReportable'));
}

function listSection(reports) {
  return h('section', {class: 'card'}, h('h2', {}, t('breach.listTitle')),
    reports.length ? table(t('breach.listCaption'),
      [t('breach.draftedAt'), t('breach.category'), t('breach.window'), t('breach.persons'), t('breach.decision'), ''],
      reports.map((r) => [formatTime(r.draftedAt, lang()), label('breachCategory', r.category),
        `${formatTime(r.windowFrom, lang())} – ${formatTime(r.windowTo, lang())}`, String(r.affected.persons), reportable(r),
        h('a', {href: `#/breach-reports/${r.id}`}, t('breach.open'))]))
      : h('p', {}, t('breach.none')));
}

function draftForm(session, subjects, accounts, go) {
  const time = (name) => h('input', {type: 'datetime-local', step: '1', name, required: true});
  const windowFrom = time('windowFrom');
  const windowTo = time('windowTo');
  const awareAt = time('awareAt');
  const category = h('select', {name: 'category'}, CATEGORIES.map((c) => h('option', {value: c}, label('breachCategory', c))));
  const whole = h('input', {type: 'checkbox', name: 'wholeCompany'});
  const accountInput = h('input', {type: 'text', name: 'accounts', autocomplete: 'off', spellcheck: 'false',
    list: 'breach-accounts'});
  const accountList = h('datalist', {id: 'breach-accounts'}, accounts.map((a) => h('option', {value: a})));
  const subjectSelect = h('select', {name: 'subjectIds', multiple: true, size: String(Math.min(6, Math.max(2, subjects.length)))},
    subjects.map((s) => h('option', {value: s.id},
      `${s.displayName || t('subjects.disposedName')}${s.employeeCode ? `（${s.employeeCode}）` : ''}`)));
  const purposeBoxes = PURPOSES.map((p) => h('label', {class: 'check'},
    h('input', {type: 'checkbox', name: 'purposes', value: p}), label('purpose', p)));
  const factBoxes = FACTS.map((f) => h('label', {class: 'check'}, h('input', {type: 'checkbox', name: f}), t(`breach.fact.${f}`)));
  const notes = NOTES.map((n) => [n, h('textarea', {name: n, rows: '3', maxlength: '4000', autocomplete: 'off',
    spellcheck: 'false'})]);
  const error = h('p', {class: 'error', role: 'alert', id: 'breach-error'});
  const submit = h('button', {type: 'submit', class: 'primary', id: 'breach-submit'}, t('breach.submit'));
  const form = h('form', {class: 'card', novalidate: true, autocomplete: 'off', id: 'breach-form'},
    h('h2', {}, t('breach.formTitle')), h('p', {class: 'hint'}, t('breach.formHint')),
    h('fieldset', {}, h('legend', {}, t('breach.when')),
      field(t('breach.windowFrom'), windowFrom, t('exports.timeHint')),
      field(t('breach.windowTo'), windowTo),
      field(t('breach.awareAt'), awareAt, t('breach.awareAtHint'))),
    field(t('breach.category'), category),
    h('fieldset', {}, h('legend', {}, t('breach.scope')), h('p', {class: 'hint'}, t('breach.scopeHint')),
      h('label', {class: 'check'}, whole, t('breach.wholeCompany')),
      field(t('breach.accounts'), accountInput, t('breach.accountsHint')), accountList,
      field(t('breach.subjects'), subjectSelect, t('breach.subjectsHint')),
      h('fieldset', {}, h('legend', {}, t('breach.purposes')), purposeBoxes)),
    h('fieldset', {}, h('legend', {}, t('breach.facts')), factBoxes),
    h('fieldset', {}, h('legend', {}, t('breach.notes')), h('p', {class: 'hint'}, t('breach.notesHint')),
      notes.map(([n, area]) => field(t(`breach.note.${n}`), area))),
    error, h('div', {class: 'actions'}, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(error);
    const times = [windowFrom, windowTo, awareAt].map((i) => jstInstant(i.value));
    if (times.some((x) => !x)) {
      replace(error, t('breach.timesMissing'));
      [windowFrom, windowTo, awareAt][times.findIndex((x) => !x)].focus();
      return;
    }
    const body = {
      windowFrom: times[0], windowTo: times[1], awareAt: times[2], category: category.value,
      scope: {
        wholeCompany: whole.checked,
        accounts: accountInput.value.split(/[\s,、]+/).filter(Boolean),
        subjectIds: [...subjectSelect.selectedOptions].map((o) => o.value),
        purposes: purposeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
      },
      notes: Object.fromEntries(notes.map(([n, area]) => [n, area.value.trim() || null])),
    };
    factBoxes.forEach((l) => { const box = l.querySelector('input'); body[box.name] = box.checked; });
    submit.disabled = true;
    try {
      const report = await post(companyPath(session.state.companyId, '/breach-reports'), body);
      form.reset();
      go(`/breach-reports/${report.id}`);
    } catch (e) {
      replace(error, problemText(e));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function reportView(session, report) {
  const a = report.assessment;
  const d = report.deadlines;
  const pdfError = h('p', {class: 'error', role: 'alert'});
  const pdf = h('button', {type: 'button', class: 'primary download', id: 'breach-pdf'}, t('breach.pdf'));
  pdf.addEventListener('click', async () => {
    replace(pdfError);
    pdf.disabled = true;
    try {
      saveFile(await get(companyPath(session.state.companyId, `/breach-reports/${report.id}/pdf`), {file: true}),
        'breach-report.pdf');
    } catch (e) {
      replace(pdfError, problemText(e));
    } finally {
      pdf.disabled = false;
    }
  });
  return [
    h('section', {class: 'card', id: 'breach-decision'}, h('h2', {}, t('breach.decision')),
      h('p', {class: 'verdict'}, reportable(report)),
      h('p', {}, a.conclusionJa),
      table(t('breach.findingsCaption'), [t('breach.situation'), t('breach.applies'), t('breach.reason')],
        a.findings.map((f) => [`${t('breach.situationNumber', {number: f.number})} ${f.labelJa}`,
          h('span', {class: f.applies ? 'bad' : ''}, t(f.applies ? 'breach.yes' : 'breach.no')), f.reasonJa])),
      h('p', {}, report.notifyIndividualsJa)),
    h('section', {class: 'card', id: 'breach-deadlines'}, h('h2', {}, t('breach.deadlines')),
      h('dl', {class: 'facts'},
        h('dt', {}, t('breach.awareOn')), h('dd', {}, d.awareOn),
        h('dt', {}, t('breach.preliminary')), h('dd', {}, `${d.preliminaryTarget}　${d.preliminaryLabelJa}`),
        h('dt', {}, t('breach.final')), h('dd', {}, t('breach.finalDue', {date: d.finalDue, days: d.finalDays}))),
      h('p', {class: 'hint'}, d.countingJa)),
    h('section', {class: 'card'}, h('h2', {}, t('breach.personsTitle')),
      h('p', {class: 'big', id: 'breach-persons'}, t('breach.personsCount', {count: report.affected.persons})),
      report.affected.byKind.length ? table(t('breach.byKind'), [t('subjects.kind'), t('breach.persons')],
        report.affected.byKind.map((c) => [label('kind', c.code), String(c.count)])) : null,
      report.affected.byPurpose.length ? table(t('breach.byPurpose'), [t('timeline.purpose'), t('breach.persons')],
        report.affected.byPurpose.map((c) => [label('purpose', c.code), String(c.count)])) : null),
    h('section', {class: 'card'}, h('h2', {}, t('breach.items')),
      h('ol', {class: 'items'}, report.items.map((i) => h('li', {},
        h('h3', {}, i.heading),
        i.computed ? h('p', {}, h('strong', {}, t('breach.computed')), ' ', i.computed) : null,
        h('p', {}, h('strong', {}, t('breach.entered')), ' ', i.entered)))),
      pdfError, h('div', {class: 'actions'}, pdf)),
  ];
}

export async function render(main, {session, params, go}) {
  const companyId = session.state.companyId;
  if (params.reportId) {
    const report = await get(companyPath(companyId, `/breach-reports/${params.reportId}`));
    add(main, h('p', {}, h('a', {href: '#/breach-reports'}, t('breach.back'))),
      h('h1', {}, t('breach.reportTitle')),
      h('dl', {class: 'facts'},
        h('dt', {}, t('breach.draftedAt')), h('dd', {}, formatTime(report.draftedAt, lang())),
        h('dt', {}, t('breach.category')), h('dd', {}, label('breachCategory', report.category)),
        h('dt', {}, t('breach.window')),
        h('dd', {}, `${formatTime(report.windowFrom, lang())} – ${formatTime(report.windowTo, lang())}`),
        h('dt', {}, t('breach.awareAt')), h('dd', {}, formatTime(report.awareAt, lang()))),
      reportView(session, report));
    return;
  }
  const drafter = session.holds('RESPONSIBLE_MANAGER', 'OFFICE_HEAD');
  const [reports, subjects, handlers] = await Promise.all([
    get(companyPath(companyId, '/breach-reports')),
    drafter ? get(companyPath(companyId, '/subjects')).catch(() => []) : [],
    drafter ? get(companyPath(companyId, '/handlers')).catch(() => []) : []]);
  add(main, h('h1', {}, t('breach.title')), h('p', {class: 'hint'}, t('breach.explain')),
    listSection(reports),
    drafter ? draftForm(session, subjects, [...new Set(handlers.map((x) => x.username))], go)
      : h('p', {class: 'notice', id: 'breach-readonly'}, t('breach.readOnly')));
}
