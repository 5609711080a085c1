// The invited person's flow (ADR 0021), phone first: open the link (no account) → 利用目的の通知 → own number →
// dependents (employees) → ID documents by camera or file → 確認 → 受付票. Receive-only: once sent, nothing
// comes back — no number, no name, no image, only "受領済み" and counts. Every call is the invitation's own
// session (HttpOnly cookie + CSRF header); the server decides each one.

import {h, field, replace, formatTime, uid} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {api, get, post, on, problemText} from '../api.js';
import {check, showCheck} from '../mynumber.js';
import {takeSecret} from '../invitation.js';

const API = '/api/v1/invitations';
const RELATIONSHIPS = ['SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'OTHER_RELATIVE'];
const IMAGE_KINDS = ['NUMBER_CHECK', 'IDENTITY_CHECK'];
const STEPS = ['notice', 'number', 'dependents', 'documents', 'confirm', 'receipt'];
// A 401 here is about the invitation's session, not a staff login that may be open in the same browser.
const OWN = {login: true};

// Which step the person is on survives a re-render (the language toggle); what they typed does not.
let step = 'notice';
let active = null;
// The receipt stays on screen (and through a language switch) until another link is opened.
let lastReceipt = null;

on('activity', () => active && active.touch());

/** A My Number input with its live check (the foundation's rules), cleared by the caller after sending. */
function numberField(labelText) {
  const id = uid('mn');
  const input = h('input', {id, name: id, inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', autocorrect: 'off',
    autocapitalize: 'off', class: 'number-input', maxlength: '30', 'aria-invalid': 'false', 'aria-describedby': `${id}-check`});
  const feedback = h('p', {class: 'hint live', id: `${id}-check`, 'aria-live': 'polite'});
  const validate = () => showCheck(input, feedback, t);
  input.addEventListener('input', validate);
  validate();
  return {input, validate, node: h('div', {class: 'field'}, h('label', {for: id}, labelText), input, feedback),
    problem: () => t(`mynumber.${check(input.value).code}`)};
}

function progress(current) {
  const shown = STEPS.filter((s) => s !== 'dependents' || current.mayAddDependents);
  return h('ol', {class: 'steps', 'aria-label': t('invite.progress')}, shown.map((s) =>
    h('li', {'aria-current': s === step ? 'step' : null, class: s === step ? 'current' : null}, t(`invite.step.${s}`))));
}

/** The idle timeout of the invitation's session, warned about like a login's (the shell's dialog). */
function timers(main, idleSeconds, warningSeconds) {
  const dialog = document.getElementById('session-warning');
  const text = document.getElementById('session-warning-text');
  const extend = document.getElementById('session-extend');
  const logoutButton = document.getElementById('session-logout');
  let warnTimer = null;
  let endTimer = null;
  let tick = null;
  const stop = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    clearInterval(tick);
  };
  const touch = () => {
    stop();
    const idle = idleSeconds * 1000;
    const warnAt = Math.max(0, idle - warningSeconds * 1000);
    warnTimer = setTimeout(() => {
      let left = Math.round((idle - warnAt) / 1000);
      const show = () => { text.textContent = t('invite.warning', {seconds: left}); left -= 1; };
      show();
      tick = setInterval(show, 1000);
      if (!dialog.open) dialog.showModal();
      extend.focus();
    }, warnAt);
    endTimer = setTimeout(() => {
      stop();
      if (dialog.open) dialog.close();
      step = 'notice';
      replace(main, h('h1', {}, t('invite.title')), h('p', {class: 'notice', role: 'alert'}, t('invite.timedOut')));
    }, idle);
  };
  const onExtend = () => { clearInterval(tick); get(`${API}/current`, OWN).catch(() => {}); };
  extend.addEventListener('click', onExtend);
  logoutButton.hidden = true;
  touch();
  return {touch, stop: () => {
    stop();
    extend.removeEventListener('click', onExtend);
    logoutButton.hidden = false;
  }};
}

function unusable(main, error) {
  replace(main, h('h1', {}, t('invite.title')),
    h('p', {class: 'error', role: 'alert'}, error.status === 401 ? t('invite.noSession') : (error.detail || t('invite.unusable'))),
    h('p', {class: 'hint'}, t('invite.askForNewLink')));
}

/** 受付票: number, time and counts only — never what was sent. */
function receipt(main, answer) {
  replace(main, h('h1', {}, t('invite.title')),
    h('section', {class: 'card receipt', 'aria-labelledby': 'receipt-title'},
      h('h2', {id: 'receipt-title', tabindex: '-1'}, t('invite.receiptTitle')),
      h('dl', {class: 'facts'},
        h('dt', {}, t('invite.receiptId')), h('dd', {class: 'mono', id: 'receipt-id'}, answer.receiptId),
        h('dt', {}, t('invite.receiptTime')), h('dd', {}, formatTime(answer.completedAt, lang())),
        h('dt', {}, t('invite.step.number')), h('dd', {}, answer.ownNumberSent ? t('invite.received') : t('invite.notSent')),
        h('dt', {}, t('invite.step.dependents')), h('dd', {}, t('invite.people', {count: answer.dependentsAdded})),
        h('dt', {}, t('invite.step.documents')), h('dd', {}, t('invite.files', {count: answer.imagesSent}))),
      h('p', {class: 'hint'}, t('invite.receiptNote')),
      h('div', {class: 'actions no-print'}, h('button', {type: 'button', class: 'primary', onclick: () => window.print()},
        t('invite.print')))));
  main.querySelector('#receipt-title').focus();
}

export async function render(main) {
  const secret = takeSecret();
  if (!secret && lastReceipt) {
    receipt(main, lastReceipt);
    return null;
  }
  lastReceipt = null;
  if (secret) {
    step = 'notice';
    try {
      await post(`${API}/session`, {secret}, OWN);
    } catch (e) {
      unusable(main, e);
      return null;
    }
  }
  let current;
  try {
    current = await get(`${API}/current`, OWN);
  } catch (e) {
    unusable(main, e);
    return null;
  }
  const config = await fetch('/ui/config.json', {cache: 'no-store'}).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  active = timers(main, current.idleTimeout, config.sessionWarningSeconds || 60);

  const reload = async () => { current = await get(`${API}/current`, OWN); };
  const go = (next) => {
    step = next;
    show();
  };
  const nextAfter = (s) => {
    const order = STEPS.filter((x) => x !== 'dependents' || current.mayAddDependents);
    return order[order.indexOf(s) + 1];
  };
  const error = () => h('p', {class: 'error', role: 'alert'});

  function screen(title, ...content) {
    replace(main, h('h1', {}, t('invite.title')), progress(current),
      h('section', {class: 'card invite-step', 'aria-labelledby': 'invite-step-title'},
        h('h2', {id: 'invite-step-title', tabindex: '-1'}, title), content));
    main.querySelector('#invite-step-title').focus();
  }

  function noticeStep() {
    const agree = h('input', {type: 'checkbox', name: 'agree', id: 'invite-agree'});
    const problem = error();
    const next = h('button', {type: 'button', class: 'primary', onclick: () => {
      if (!agree.checked) {
        problem.textContent = t('invite.mustAgree');
        agree.focus();
        return;
      }
      go('number');
    }}, t('invite.next'));
    screen(t('invite.step.notice'),
      h('p', {}, t('invite.noticeIntro', {kind: label('kind', current.subjectKind)})),
      h('ul', {class: 'purposes'}, current.purposes.map((p) => h('li', {}, label('purpose', p)))),
      h('p', {class: 'hint'}, t('invite.noticeUse')),
      h('p', {class: 'hint'}, t('invite.receiveOnly')),
      h('p', {class: 'hint'}, t('invite.expires', {time: formatTime(current.expiresAt, lang())})),
      h('label', {class: 'check', for: 'invite-agree'}, agree, t('invite.agree')),
      problem, h('div', {class: 'actions'}, next));
  }

  function numberStep() {
    if (current.ownNumberSent) {
      screen(t('invite.step.number'), h('p', {class: 'received'}, t('invite.received')),
        h('div', {class: 'actions'}, h('button', {type: 'button', class: 'primary', onclick: () => go(nextAfter('number'))},
          t('invite.next'))));
      return;
    }
    const number = numberField(t('invite.ownNumber'));
    const problem = error();
    const send = h('button', {type: 'submit', class: 'primary'}, t('invite.send'));
    const form = h('form', {novalidate: true, autocomplete: 'off'}, number.node, problem,
      h('div', {class: 'actions'}, send,
        h('button', {type: 'button', onclick: () => go(nextAfter('number'))}, t('invite.skipNumber'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      problem.textContent = '';
      if (!number.validate()) {
        problem.textContent = number.problem();
        number.input.focus();
        return;
      }
      send.disabled = true;
      try {
        await post(`${API}/current/my-number`, {myNumber: number.input.value}, OWN);
        number.input.value = '';
        await reload();
        go(nextAfter('number'));
      } catch (e) {
        problem.textContent = problemText(e);
        send.disabled = false;
      }
    });
    screen(t('invite.step.number'), h('p', {class: 'hint'}, t('invite.numberHint')), form);
  }

  function dependentsStep() {
    const drafts = h('div', {class: 'drafts'});
    const problem = error();
    const rows = [];
    const addRow = () => {
      const name = h('input', {autocomplete: 'off', maxlength: '300'});
      const relationship = h('select', {}, RELATIONSHIPS.map((r) => h('option', {value: r}, label('relationship', r))));
      const number = numberField(t('invite.dependentNumber'));
      const row = {name, relationship, number, rowError: error()};
      const legendId = uid('dep');
      const remove = h('button', {type: 'button', class: 'link-like', onclick: () => {
        rows.splice(rows.indexOf(row), 1);
        row.node.remove();
        addButton.focus();
      }}, t('invite.removeDependent'));
      row.node = h('fieldset', {class: 'dependent', 'aria-labelledby': legendId},
        h('legend', {id: legendId}, t('invite.newDependent')),
        field(t('invite.dependentName'), name), field(t('invite.relationship'), relationship), number.node, row.rowError,
        remove);
      rows.push(row);
      drafts.append(row.node);
      name.focus();
    };
    const addButton = h('button', {type: 'button', onclick: addRow}, t('invite.addDependent'));
    const send = h('button', {type: 'button', class: 'primary', onclick: async () => {
      problem.textContent = '';
      for (const row of rows) {
        row.rowError.textContent = '';
        if (!row.name.value.trim()) {
          row.rowError.textContent = t('invite.nameMissing');
          row.name.focus();
          return;
        }
        if (!row.number.validate()) {
          row.rowError.textContent = row.number.problem();
          row.number.input.focus();
          return;
        }
      }
      send.disabled = true;
      try {
        while (rows.length) {
          const row = rows[0];
          await post(`${API}/current/dependents`, {displayName: row.name.value.trim(), relationship: row.relationship.value,
            myNumber: row.number.input.value}, OWN);
          row.number.input.value = '';
          row.name.value = '';
          rows.shift();
          row.node.remove();
        }
        await reload();
        go('documents');
      } catch (e) {
        problem.textContent = problemText(e);
        send.disabled = false;
      }
    }}, t('invite.sendAndNext'));
    screen(t('invite.step.dependents'), h('p', {class: 'hint'}, t('invite.dependentsHint')),
      current.dependents.length ? h('ul', {class: 'sent-list'}, current.dependents.map((d) =>
        h('li', {}, label('relationship', d.relationship), ' — ', h('span', {class: 'received'}, t('invite.received')))))
        : null,
      drafts, h('div', {class: 'actions'}, addButton), problem, h('div', {class: 'actions'}, send));
  }

  function documentsStep() {
    const people = [{subjectId: null, title: t('invite.yourself'), count: current.imagesSent}]
      .concat(current.dependents.map((d) => ({subjectId: d.subjectId, title: label('relationship', d.relationship),
        count: d.imagesSent})));
    const sections = people.map((person) => {
      const kind = h('select', {}, IMAGE_KINDS.map((k) => h('option', {value: k}, label('imageKind', k))));
      const status = h('p', {class: 'received', 'aria-live': 'polite'},
        person.count ? t('invite.imagesReceived', {count: person.count}) : '');
      const problem = error();
      const upload = async (input) => {
        const file = input.files && input.files[0];
        input.value = '';
        if (!file) return;
        problem.textContent = '';
        status.textContent = t('invite.sending');
        try {
          const whose = person.subjectId ? `subjectId=${encodeURIComponent(person.subjectId)}&` : '';
          await api('POST', `${API}/current/id-documents?${whose}kind=${encodeURIComponent(kind.value)}`, file, OWN);
          person.count += 1;
          status.textContent = t('invite.imagesReceived', {count: person.count});
        } catch (e) {
          status.textContent = person.count ? t('invite.imagesReceived', {count: person.count}) : '';
          problem.textContent = problemText(e);
        }
      };
      const camera = h('input', {type: 'file', accept: 'image/*', capture: 'environment', class: 'file-input',
        onchange: (e) => upload(e.target)});
      const file = h('input', {type: 'file', accept: 'image/jpeg,image/png,application/pdf', class: 'file-input',
        onchange: (e) => upload(e.target)});
      const legendId = uid('doc');
      return h('fieldset', {class: 'person-documents', 'aria-labelledby': legendId},
        h('legend', {id: legendId}, person.title), field(t('invite.documentKind'), kind),
        field(t('invite.camera'), camera), field(t('invite.file'), file), status, problem);
    });
    screen(t('invite.step.documents'), h('p', {class: 'hint'}, t('invite.documentsHint')),
      h('p', {class: 'hint'}, t('invite.receiveOnly')), sections,
      h('div', {class: 'actions'}, h('button', {type: 'button', class: 'primary', onclick: async () => {
        await reload();
        go('confirm');
      }}, t('invite.next'))));
  }

  function confirmStep() {
    const images = current.imagesSent + current.dependents.reduce((n, d) => n + d.imagesSent, 0);
    const problem = error();
    const complete = h('button', {type: 'button', class: 'primary', onclick: async () => {
      problem.textContent = '';
      complete.disabled = true;
      try {
        const answer = await post(`${API}/current/completion`, undefined, OWN);
        active.stop();
        active = null;
        step = 'notice';
        lastReceipt = answer;
        receipt(main, answer);
      } catch (e) {
        problem.textContent = problemText(e);
        complete.disabled = false;
      }
    }}, t('invite.complete'));
    screen(t('invite.step.confirm'),
      h('dl', {class: 'facts'},
        h('dt', {}, t('invite.step.number')), h('dd', {}, current.ownNumberSent ? t('invite.received') : t('invite.notSent')),
        current.mayAddDependents ? [h('dt', {}, t('invite.step.dependents')),
          h('dd', {}, t('invite.people', {count: current.dependents.length}))] : null,
        h('dt', {}, t('invite.step.documents')), h('dd', {}, t('invite.files', {count: images}))),
      h('p', {class: 'notice'}, t('invite.completeWarning')), problem,
      h('div', {class: 'actions'}, h('button', {type: 'button', onclick: () => go('documents')}, t('invite.back')), complete));
  }

  function show() {
    if (step === 'dependents' && !current.mayAddDependents) step = 'documents';
    ({notice: noticeStep, number: numberStep, dependents: dependentsStep, documents: documentsStep, confirm: confirmStep}[step]
      || noticeStep)();
  }

  show();
  return () => {
    if (active) active.stop();
    active = null;
  };
}
