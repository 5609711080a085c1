// Message bundles (ui/messages/ja.json, en.json). Japanese first; the choice is remembered per browser.

const STORAGE_KEY = 'mnledger.lang';
const SUPPORTED = ['ja', 'en'];
let messages = {};
let current = 'ja';

export function lang() {
  return current;
}

export async function load(wanted) {
  const stored = wanted || localStorage.getItem(STORAGE_KEY) || 'ja';
  current = SUPPORTED.includes(stored) ? stored : 'ja';
  const response = await fetch(`/ui/messages/${current}.json`, {credentials: 'same-origin'});
  messages = await response.json();
  document.documentElement.lang = current;
}

export async function toggle() {
  const next = current === 'ja' ? 'en' : 'ja';
  localStorage.setItem(STORAGE_KEY, next);
  await load(next);
}

/** The message for a key, with {name} placeholders filled in; the key itself when missing (visible in tests). */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    console.warn('missing message', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] === undefined ? '' : String(params[name])));
}

/** A label for an enum value (e.g. status.ACQUIRED), falling back to the value itself. */
export function label(prefix, value) {
  if (value === null || value === undefined) return '';
  const text = messages[`${prefix}.${value}`];
  return text === undefined ? String(value) : text;
}

/** Fills data-i18n (text) and data-i18n-aria-label / -placeholder / -title attributes under root. */
export function apply(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)));
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder)));
}
