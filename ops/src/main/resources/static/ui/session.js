// Who is logged in (GET /api/v1/auth/session), which company they work on, and the idle timeout: a browser
// session slides with every call and ends after idleTimeout seconds without one. The UI warns
// sessionWarningSeconds before (configurable: /ui/config.json) and offers to continue (a call extends it).

import {api, get, on} from './api.js';

export const state = {
  user: null,          // {userId, username, roles: [{role, companyId, officeId, subjectId, purposes, pledgeCurrent}]}
  companies: [],       // [{id, name}]
  companyId: null,
  config: {revealSeconds: 30, sessionWarningSeconds: 60},
  lastActivity: Date.now(),
};

const COMPANY_KEY = 'mnledger.company';
let warningTimer = null;
let expiryTimer = null;
const hooks = {warn: () => {}, expire: () => {}};

export async function loadConfig() {
  try {
    const response = await fetch('/ui/config.json', {credentials: 'same-origin', cache: 'no-store'});
    if (response.ok) Object.assign(state.config, await response.json());
  } catch (e) {
    // defaults
  }
}

/** Loads the logged-in user, or answers false when there is no live session. */
export async function refresh() {
  try {
    state.user = await api('GET', '/api/v1/auth/session', undefined, {login: true});
  } catch (e) {
    if (e.status === 401) {
      state.user = null;
      return false;
    }
    throw e;
  }
  state.companies = await get('/api/v1/companies');
  const remembered = sessionStorage.getItem(COMPANY_KEY);
  const ids = state.companies.map((c) => c.id);
  state.companyId = ids.includes(remembered) ? remembered : (ids[0] || null);
  touch();
  return true;
}

export function selectCompany(companyId) {
  state.companyId = companyId;
  sessionStorage.setItem(COMPANY_KEY, companyId);
}

export function company() {
  return state.companies.find((c) => c.id === state.companyId) || null;
}

/** Whether the user holds one of the roles for the current company (office-wide roles count for all its clients). */
export function holds(...roles) {
  if (!state.user) return false;
  return state.user.roles.some((g) => roles.includes(g.role)
    && (g.companyId === null || g.companyId === state.companyId));
}

/** The purposes the user is appointed for as a handler of the current company. */
export function handlerPurposes() {
  if (!state.user) return [];
  const grant = state.user.roles.find((g) => g.role === 'HANDLER' && g.companyId === state.companyId);
  return grant ? grant.purposes : [];
}

export function clear() {
  state.user = null;
  state.companies = [];
  state.companyId = null;
  sessionStorage.removeItem(COMPANY_KEY);
  stopTimers();
}

/** warn(secondsLeft) a while before the end; expire() at the end. */
export function onTimeout(warn, expire) {
  hooks.warn = warn;
  hooks.expire = expire;
}

function stopTimers() {
  clearTimeout(warningTimer);
  clearTimeout(expiryTimer);
}

/** Starts the idle countdown again; called after every successful API call. */
export function touch() {
  state.lastActivity = Date.now();
  stopTimers();
  if (!state.user) return;
  const idle = (state.user.idleTimeout || 900) * 1000;
  const warnAt = Math.max(0, idle - state.config.sessionWarningSeconds * 1000);
  warningTimer = setTimeout(() => hooks.warn(Math.round((idle - warnAt) / 1000)), warnAt);
  expiryTimer = setTimeout(() => hooks.expire(), idle);
}

on('activity', touch);
