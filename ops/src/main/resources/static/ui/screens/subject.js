// One subject: the masked summary, and what the caller's roles allow — for an appointed handler the
// acquisition form, the ID images awaiting 本人確認 with the verification form, and the reveal; for the
// responsible manager, office head and auditor the timeline "as of" a time. Every action is an API call.

import {h, field, table, replace, formatTime, add, jstInstant} from '../dom.js';
import {t, label, lang} from '../i18n.js';
import {get, post, companyPath, problemText} from '../api.js';
import {check} from '../mynumber.js';
import {openReveal} from '../reveal.js';
import {invitationSection} from './invitations.js';

const PURPOSES = ['SOCIAL_INSURANCE', 'EMPLOYMENT_INSURANCE', 'WORKERS_COMPENSATION', 'WITHHOLDING_TAX',
  'PAYMENT_REPORT', 'RESIDENT_TAX', 'TAX_FILING'];
const CHANNELS = ['PAPER', 'IN_PERSON', 'PROXY'];
const NUMBER_CHECKS = ['MY_NUMBER_CARD', 'NOTIFICATION_CARD', 'RESIDENT_RECORD_COPY', 'RESIDENT_RECORD_CERTIFICATE',
  'EXISTING_FILE', 'IMAGE_OF_CARD_OR_RECORD', 'NUMBER_NOTICE_LETTER'];
const IDENTITY_CHECKS = ['MY_NUMBER_CARD', 'DRIVERS_LICENSE', 'DRIVING_HISTORY_CERTIFICATE', 'PASSPORT', 'RESIDENCE_CARD',
  'SPECIAL_PERMANENT_RESIDENT_CERTIFICATE', 'DISABILITY_CERTIFICATE', 'TWO_NON_PHOTO_DOCUMENTS', 'IMAGE_OF_PHOTO_ID',
  'BUSINESS_ISSUED_ID', 'JPKI_SIGNATURE', 'KNOWN_IN_PERSON', 'NUMBER_NOTICE_LETTER'];
const PROXY_AUTHORITIES = ['POWER_OF_ATTORNEY', 'FAMILY_REGISTER'];

function options(values, prefix, empty) {
  return [empty ? h('option', {value: ''}, empty) : null, values.map((v) => h('option', {value: v}, label(prefix, v)))];
}

/** Waits (briefly) until the masked list shows the subject's new status: the read model follows within a second. */
async function reloadUntil(session, subjectId, accept) {
  for (let i = 0; i < 10; i += 1) {
    const list = await get(companyPath(session.state.companyId, '/subjects'));
    const s = list.find((x) => x.id === subjectId);
    if (!s || accept(s.myNumberStatus)) return s;
    await new Promise((r) => setTimeout(r, 300));
  }
  return null;
}

function acquireForm(session, subject, done) {
  const number = h('input', {name: 'mn-entry', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false',
    autocorrect: 'off', autocapitalize: 'off', 'aria-invalid': 'false', class: 'number-input', maxlength: '30'});
  const feedback = h('p', {class: 'hint live', id: 'acquire-feedback', 'aria-live': 'polite'});
  number.setAttribute('aria-describedby', 'acquire-feedback');
  const channel = h('select', {name: 'channel', required: true}, options(CHANNELS, 'channel'));
  const purposeBoxes = PURPOSES.map((p) => h('label', {class: 'check'},
    h('input', {type: 'checkbox', name: 'purposesNotified', value: p, checked: p === 'WITHHOLDING_TAX'}), label('purpose', p)));
  const error = h('p', {class: 'error', role: 'alert'});
  const submit = h('button', {type: 'submit', class: 'primary'}, t('acquire.submit'));

  const validate = () => {
    const state = check(number.value);
    const ok = state.code === null;
    number.setAttribute('aria-invalid', String(!ok && !state.typing && number.value.trim() !== ''));
    if (!number.value.trim()) feedback.textContent = t('acquire.typeHint');
    else if (ok) feedback.textContent = t('acquire.valid');
    else if (state.typing) feedback.textContent = t('acquire.digitsSoFar', {count: state.digits.length});
    else feedback.textContent = t(`mynumber.${state.code}`);
    feedback.className = `hint live ${ok ? 'ok' : (state.typing ? '' : 'bad')}`;
    return ok;
  };
  number.addEventListener('input', validate);

  const form = h('form', {class: 'card', novalidate: true, autocomplete: 'off'},
    h('h2', {}, t('acquire.title')),
    h('div', {class: 'field'}, h('label', {for: 'acquire-number'}, t('acquire.number')), number, feedback),
    field(t('acquire.channel'), channel),
    h('fieldset', {}, h('legend', {}, t('acquire.purposes')), purposeBoxes),
    error, submit);
  number.id = 'acquire-number';
  validate();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const purposes = purposeBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    if (!validate()) {
      error.textContent = t(`mynumber.${check(number.value).code}`);
      number.focus();
      return;
    }
    if (!purposes.length) {
      error.textContent = t('acquire.noPurpose');
      return;
    }
    submit.disabled = true;
    try {
      await post(companyPath(session.state.companyId, `/subjects/${subject.id}/my-number`),
        {myNumber: number.value, channel: channel.value, purposesNotified: purposes});
      number.value = '';
      done(t('acquire.done'), (s) => s !== subject.myNumberStatus);
    } catch (e) {
      error.textContent = problemText(e);
      submit.disabled = false;
    }
  });
  return form;
}

async function imagesSection(session, subject) {
  const path = companyPath(session.state.companyId, `/subjects/${subject.id}/id-documents`);
  const images = await get(path);
  const waiting = images.filter((i) => !i.purgedAt);
  const viewer = h('div', {class: 'image-viewer'});
  let objectUrl = null;
  const closeViewer = () => {
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = null;
    replace(viewer);
  };
  const rows = images.map((img) => [label('imageKind', img.kind), img.contentType, formatTime(img.receivedAt, lang()),
    img.purgedAt ? t('images.purged', {reason: label('purgeReason', img.purgeReason)})
      : h('button', {type: 'button', onclick: async () => {
        closeViewer();
        const blob = await get(`${path}/${img.imageId}/content`, {blob: true});
        objectUrl = URL.createObjectURL(blob);
        const hide = h('button', {type: 'button', onclick: closeViewer}, t('images.hide'));
        replace(viewer, img.contentType === 'application/pdf'
          ? h('p', {}, h('a', {href: objectUrl, download: 'id-document.pdf'}, t('images.pdf')))
          : h('img', {src: objectUrl, alt: t('images.alt', {kind: label('imageKind', img.kind)})}), hide);
        hide.focus();
      }}, t('images.view'))]);
  const section = h('section', {class: 'card'}, h('h2', {}, t('images.title')),
    h('p', {class: 'hint'}, t('images.explain')),
    images.length ? table(t('images.caption'), [t('images.kind'), t('images.format'), t('images.received'), ''], rows)
      : h('p', {}, t('images.none')),
    viewer);
  return {section, cleanup: closeViewer, waiting: waiting.length};
}

function verifyForm(session, subject, done) {
  const numberCheck = h('select', {required: true}, options(NUMBER_CHECKS, 'numberCheck', t('common.choose')));
  const stillMatches = h('input', {type: 'checkbox'});
  const identityCheck = h('select', {required: true}, options(IDENTITY_CHECKS, 'identityCheck', t('common.choose')));
  const proxyAuthority = h('select', {}, options(PROXY_AUTHORITIES, 'proxyAuthority', t('verify.noProxy')));
  const proxyIdentity = h('select', {}, options(IDENTITY_CHECKS, 'identityCheck', t('verify.noProxy')));
  const category3 = h('input', {type: 'checkbox'});
  const error = h('p', {class: 'error', role: 'alert'});
  const submit = h('button', {type: 'submit', class: 'primary'}, t('verify.submit'));
  const form = h('form', {class: 'card', novalidate: true},
    h('h2', {}, t('verify.title')),
    field(t('verify.numberCheck'), numberCheck),
    h('label', {class: 'check'}, stillMatches, t('verify.stillMatches')),
    field(t('verify.identityCheck'), identityCheck),
    field(t('verify.proxyAuthority'), proxyAuthority),
    field(t('verify.proxyIdentity'), proxyIdentity),
    subject.kind === 'DEPENDENT' ? h('label', {class: 'check'}, category3, t('verify.category3')) : null,
    error, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!numberCheck.value || !identityCheck.value) {
      error.textContent = t('verify.missing');
      (numberCheck.value ? identityCheck : numberCheck).focus();
      return;
    }
    submit.disabled = true;
    try {
      await post(companyPath(session.state.companyId, `/subjects/${subject.id}/my-number/verification`), {
        numberCheck: numberCheck.value, notificationCardStillMatches: stillMatches.checked,
        identityCheck: identityCheck.value, proxyAuthority: proxyAuthority.value || null,
        proxyIdentityCheck: proxyIdentity.value || null, nationalPensionCategory3: category3.checked});
      done(t('verify.done'), (s) => s === 'VERIFIED');
    } catch (e) {
      error.textContent = problemText(e);
      submit.disabled = false;
    }
  });
  return form;
}

function timelineSection(session, subject) {
  const asOf = h('input', {type: 'datetime-local', step: '1', name: 'asOf'});
  const results = h('div', {});
  const error = h('p', {class: 'error', role: 'alert'});
  const load = async () => {
    error.textContent = '';
    // The picker's value is read as Japan time (the times shown are Japan time too), whatever the device's zone.
    const instant = jstInstant(asOf.value);
    const query = instant ? `?asOf=${encodeURIComponent(instant)}` : '';
    try {
      const entries = await get(companyPath(session.state.companyId, `/subjects/${subject.id}/history${query}`));
      replace(results, entries.length ? table(t('timeline.caption'),
        [t('timeline.when'), t('timeline.action'), t('timeline.purpose'), t('timeline.who'), t('timeline.role'),
          t('timeline.where'), t('timeline.details')],
        entries.map((e) => [formatTime(e.occurredAt, lang()), label('action', e.action), label('purpose', e.purpose),
          e.actorName || e.actor, label('role', e.role), e.clientAddress || '', e.details || '']))
        : h('p', {}, t('timeline.none')));
    } catch (e) {
      error.textContent = problemText(e);
    }
  };
  const form = h('form', {class: 'filters', onsubmit: (e) => { e.preventDefault(); load(); }},
    field(t('timeline.asOf'), asOf, t('timeline.asOfHint')),
    h('button', {type: 'submit'}, t('timeline.show')));
  load();
  return h('section', {class: 'card'}, h('h2', {}, t('timeline.title')), form, error, results);
}

export async function render(main, context) {
  const {session, params, toast} = context;
  const list = await get(companyPath(session.state.companyId, '/subjects'));
  const subject = list.find((s) => s.id === params.subjectId);
  if (!subject) {
    add(main, h('h1', {}, t('subject.title')), h('p', {class: 'error', role: 'alert'}, t('subject.notFound')));
    return null;
  }
  const cleanups = [];
  const rerender = async (message, accept) => {
    toast(message);
    await reloadUntil(session, subject.id, accept);
    cleanups.forEach((f) => f());
    cleanups.length = 0;
    replace(main);
    cleanups.push(...[await render(main, context)].filter(Boolean));
  };
  const status = subject.myNumberStatus;
  add(main, h('p', {}, h('a', {href: '#/subjects'}, t('subject.back'))),
    h('h1', {}, subject.displayName || t('subjects.disposedName')),
    h('dl', {class: 'facts'},
      h('dt', {}, t('subjects.kind')), h('dd', {}, label('kind', subject.kind)),
      h('dt', {}, t('subjects.code')), h('dd', {}, subject.employeeCode || '—'),
      h('dt', {}, t('subjects.status')), h('dd', {}, h('span', {class: `status status-${status}`}, label('status', status))),
      h('dt', {}, t('subjects.number')), h('dd', {class: 'masked'}, subject.myNumberMasked)));

  const purposes = session.handlerPurposes();
  if (session.holds('HANDLER')) {
    if (['ACQUIRED', 'VERIFIED'].includes(status) && purposes.length) {
      const revealButton = h('button', {type: 'button', class: 'primary', id: 'reveal-open'}, t('reveal.open'));
      revealButton.addEventListener('click', () => {
        cleanups.push(openReveal({companyId: session.state.companyId, subject, purposes,
          seconds: session.state.config.revealSeconds}));
      });
      add(main, h('section', {class: 'card'}, h('h2', {}, t('reveal.section')), h('p', {class: 'hint'}, t('reveal.sectionHint')),
        revealButton));
    }
    if (['NOT_ACQUIRED', 'REFUSED'].includes(status)) add(main, acquireForm(session, subject, rerender));
    if (status === 'ACQUIRED') {
      const images = await imagesSection(session, subject);
      cleanups.push(images.cleanup);
      add(main, images.section, verifyForm(session, subject, rerender));
    }
  }
  if (subject.kind !== 'DEPENDENT') {
    const invitations = await invitationSection(session, subject, toast);
    cleanups.push(invitations.cleanup);
    add(main, invitations.section);
  }
  if (session.holds('RESPONSIBLE_MANAGER', 'OFFICE_HEAD', 'AUDITOR')) add(main, timelineSection(session, subject));
  return () => cleanups.forEach((f) => f());
}
