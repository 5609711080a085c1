// The one way the UI talks to the server: the public HTTP API with the browser session cookie (HttpOnly,
// SameSite=Strict) and, for every state-changing call, the CSRF token echoed from its cookie (double submit).
// The API decides every call; the UI never holds a token.

import {lang, t} from './i18n.js';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const listeners = {activity: [], unauthenticated: []};

/** What to tell the user about a failed call: the server's own problem+json detail, or a generic message. */
export function problemText(error) {
  return (error && error.detail) || t('error.generic');
}

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code || String(status));
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** on('activity', f): each successful call (the session's idle time starts again); on('unauthenticated', f): a 401. */
export function on(event, listener) {
  listeners[event].push(listener);
}

function csrfToken() {
  const match = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.substring(CSRF_COOKIE.length + 1)) : '';
}

/**
 * Calls the API. body: an object (sent as JSON), a Blob/File (sent as is, with its type), or undefined.
 * Answers the parsed JSON (or null for 204); with {blob: true} the body as a Blob. Throws ApiError with the
 * problem+json code and detail (in the UI's language). With {file: true}: {blob, filename} (from Content-Disposition).
 */
export async function api(method, path, body, options = {}) {
  const headers = {'Accept-Language': lang(), Accept: options.blob || options.file ? '*/*' : 'application/json'};
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (!['GET', 'HEAD'].includes(method)) headers[CSRF_HEADER] = csrfToken();
  let response;
  try {
    response = await fetch(path, {method, headers, body: payload, credentials: 'same-origin', cache: 'no-store',
      redirect: 'error'});
  } catch (e) {
    throw new ApiError(0, 'NETWORK', null);
  }
  if (response.status === 401 && !options.login) {
    listeners.unauthenticated.forEach((f) => f());
  }
  if (!response.ok) {
    let code = null;
    let detail = null;
    try {
      const problem = await response.json();
      code = problem.code || null;
      detail = problem.detail || problem.title || null;
    } catch (e) {
      // not problem+json
    }
    throw new ApiError(response.status, code, detail);
  }
  listeners.activity.forEach((f) => f());
  if (options.file) return {blob: await response.blob(), filename: filename(response.headers.get('Content-Disposition'))};
  if (options.blob) return response.blob();
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The file name of a Content-Disposition header (attachment; filename="…"), or null. */
function filename(disposition) {
  const found = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition || '');
  return found ? decodeURIComponent(found[1]) : null;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body, options);
export const del = (path) => api('DELETE', path);

/** The API path of the current company. */
export function companyPath(companyId, rest = '') {
  return `/api/v1/companies/${encodeURIComponent(companyId)}${rest}`;
}
