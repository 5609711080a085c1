// Small DOM helpers. Text always goes in as text (never innerHTML), so nothing from the API can become markup.

/** Builds an element: h('button', {type: 'button', onclick: f}, 'text', child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Appends children, leaving out null, undefined and false (the DOM's own append would print "null"). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let idCounter = 0;
/** A unique id for label/for pairs. */
export function uid(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled control: the label is always there (accessibility), the hint is tied with aria-describedby. */
export function field(labelText, control, hint) {
  const id = control.id || uid();
  control.id = id;
  const parts = [h('label', {for: id}, labelText), control];
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('p', {class: 'hint', id: hintId}, hint));
  }
  return h('div', {class: 'field'}, parts);
}

/** A table with a caption; rows are arrays of cells (text or nodes). Wrapped so it scrolls on a phone. */
export function table(caption, headings, rows) {
  return h('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption},
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headings.map((t) => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c)))))));
}

/** A date-time in the user's locale and the Japan time zone. */
export function formatTime(iso, lang) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP', {timeZone: 'Asia/Tokyo'});
}

/**
 * The instant of a datetime-local picker's value read as Japan time (the times shown are Japan time too), whatever
 * the device's zone, as RFC 3339 UTC; null when empty or not a date-time.
 */
export function jstInstant(value) {
  if (!value) return null;
  const full = value.length === 16 ? `${value}:00` : value;
  const date = new Date(`${full}+09:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Saves a downloaded file ({blob, filename}) through a temporary object URL, which is revoked at once after. */
export function saveFile({blob, filename}, fallback) {
  const url = URL.createObjectURL(blob);
  const link = h('a', {href: url, download: filename || fallback, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
