// The My Number check as the server does it (shared-kernel MyNumber, LAW.md §2): normalise what people type
// (full-width digits, blanks of any width, hyphens and the dashes Japanese input methods produce), then
// twelve digits whose last is the check digit 11 − (Σ Pn×Qn mod 11), or 0 when the remainder is ≤ 1.
// The server validates again; this only helps while typing.

const WEIGHTS = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

// Java's Character.isWhitespace or isSpaceChar (every Unicode space separator), and the hyphens and dashes.
const BLANK = /^[\t\n\u000B\f\r\u001C-\u001F\p{Zs}\p{Zl}\p{Zp}]$/u;

// String.isBlank: only Character.isWhitespace (which leaves out the no-break spaces).
const JAVA_BLANK_ONLY = /^[\t\n\u000B\f\r\u001C-\u001F\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/;

function isSeparator(c) {
  return BLANK.test(c) || c === '-' || (c >= '\u2010' && c <= '\u2015') || c === '\u2212' || c === '\u30FC';
}

/** The digits of the input, or null when a character other than a digit or separator is in it. */
export function digitsOf(raw) {
  const nfkc = raw.normalize('NFKC');
  let digits = '';
  for (const c of nfkc) {
    if (c >= '0' && c <= '9') digits += c;
    else if (!isSeparator(c)) return null;
  }
  return digits;
}

export function checkDigit(digits) {
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += Number(digits[i]) * WEIGHTS[i];
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/**
 * The state of a typed number: {code, digits}. code is null when valid; otherwise the server's error code:
 * MY_NUMBER_REQUIRED, MY_NUMBER_FORMAT, MY_NUMBER_LENGTH (also while still typing: {typing: true}) or
 * MY_NUMBER_CHECK_DIGIT.
 */
export function check(raw) {
  if (!raw || JAVA_BLANK_ONLY.test(raw)) return {code: 'MY_NUMBER_REQUIRED', digits: ''};
  const digits = digitsOf(raw);
  if (digits === null) return {code: 'MY_NUMBER_FORMAT', digits: ''};
  if (digits.length < 12) return {code: 'MY_NUMBER_LENGTH', digits, typing: true};
  if (digits.length > 12) return {code: 'MY_NUMBER_LENGTH', digits};
  if (checkDigit(digits) !== Number(digits[11])) return {code: 'MY_NUMBER_CHECK_DIGIT', digits};
  return {code: null, digits};
}

/**
 * Shows the state of a typed number in its feedback element (the messages acquire.* and mynumber.*) and marks
 * the input aria-invalid once the input is complete but wrong. Answers whether the number is valid.
 */
export function showCheck(input, feedback, t) {
  const state = check(input.value);
  const ok = state.code === null;
  input.setAttribute('aria-invalid', String(!ok && !state.typing && input.value.trim() !== ''));
  if (!input.value.trim()) feedback.textContent = t('acquire.typeHint');
  else if (ok) feedback.textContent = t('acquire.valid');
  else if (state.typing) feedback.textContent = t('acquire.digitsSoFar', {count: state.digits.length});
  else feedback.textContent = t(`mynumber.${state.code}`);
  feedback.className = `hint live ${ok ? 'ok' : (state.typing ? '' : 'bad')}`;
  return ok;
}
