// The shell: language, session, navigation by role, the hash router, the session-timeout warning.

import {h, replace} from './dom.js';
import {apply, load, t, toggle, lang} from './i18n.js';
import {del, on} from './api.js';
import {ROUTES, match} from './routes.js';
import * as session from './session.js';
import {takeFromAddress} from './invitation.js';

const main = document.getElementById('main');
let currentCleanup = null;
let notice = null;

/** A short message for screen readers and eyes (role=status). */
export function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.classList.add('visible');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.classList.remove('visible'); el.textContent = ''; }, 6000);
}

/** Navigates to a hash route (ids only). */
export function go(path) {
  if (location.hash === `#${path}`) route();
  else location.hash = path;
}

function renderHeader() {
  apply(document);
  const toggleButton = document.getElementById('lang-toggle');
  toggleButton.textContent = lang() === 'ja' ? 'English' : '日本語';
  toggleButton.lang = lang() === 'ja' ? 'en' : 'ja';
  toggleButton.setAttribute('aria-label', t('nav.languageToggle'));
  const nav = document.getElementById('nav');
  const logout = document.getElementById('logout');
  const picker = document.getElementById('company-picker');
  const userName = document.getElementById('user-name');
  if (!session.state.user) {
    replace(nav);
    logout.hidden = true;
    picker.hidden = true;
    userName.textContent = '';
    return;
  }
  const current = location.hash.replace(/^#/, '') || '/';
  replace(nav, h('ul', {}, h('li', {}, h('a', {href: '#/', 'aria-current': current === '/' ? 'page' : null}, t('nav.home'))),
    ROUTES.filter((r) => r.nav && session.holds(...r.roles)).map((r) =>
      h('li', {}, h('a', {href: `#${r.path}`, 'aria-current': current.startsWith(r.path) ? 'page' : null}, t(r.nav))))));
  logout.hidden = false;
  userName.textContent = session.state.user.username;
  const select = document.getElementById('company-select');
  replace(select, session.state.companies.map((c) => h('option', {value: c.id}, c.name)));
  select.value = session.state.companyId || '';
  picker.hidden = session.state.companies.length < 2;
}

async function route() {
  if (currentCleanup) {
    try { currentCleanup(); } catch (e) { /* ignore */ }
    currentCleanup = null;
  }
  const path = location.hash.replace(/^#/, '') || '/';
  document.getElementById('toast').classList.remove('visible');
  const found = match(path);
  if (!found) {
    go('/');
    return;
  }
  const {route: r, params} = found;
  if (!r.public && !session.state.user) {
    go('/login');
    return;
  }
  if (r.path === '/login' && session.state.user) {
    go('/');
    return;
  }
  document.title = `${t(r.title)} – mnledger`;
  renderHeader();
  if (r.roles && !session.holds(...r.roles)) {
    replace(main, h('h1', {}, t(r.title)), h('p', {class: 'error', role: 'alert'}, t('error.notForYourRole')));
    return;
  }
  const module = await import(r.module);
  replace(main);
  const context = {params, go, toast, notice: takeNotice(), session};
  try {
    currentCleanup = (await module.render(main, context)) || null;
  } catch (e) {
    main.append(h('p', {class: 'error', role: 'alert'}, e.detail || e.message));
  }
  // For screen readers and keyboards: the new screen has the focus, unless it put it on a control itself.
  if (!main.contains(document.activeElement) || document.activeElement === main) main.focus({preventScroll: true});
}

function takeNotice() {
  const n = notice;
  notice = null;
  return n;
}

/** After login or logout: reload who the user is, then the route. */
export async function restart(path, message) {
  notice = message || null;
  if (path !== '/login') await session.refresh();
  go(path);
}

async function logout(message) {
  try {
    await del('/api/v1/auth/session');
  } catch (e) {
    // already gone
  }
  endSession(message || t('login.loggedOut'));
}

function endSession(message) {
  document.getElementById('session-warning').close?.();
  if (currentCleanup) {
    try { currentCleanup(); } catch (e) { /* ignore */ }
    currentCleanup = null;
  }
  session.clear();
  replace(main);
  notice = message;
  renderHeader();
  go('/login');
}

let warningCountdown = null;
function warn(seconds) {
  const dialog = document.getElementById('session-warning');
  const text = document.getElementById('session-warning-text');
  let left = seconds;
  const tick = () => {
    text.textContent = t('session.warningText', {seconds: left});
    left -= 1;
  };
  tick();
  clearInterval(warningCountdown);
  warningCountdown = setInterval(tick, 1000);
  if (!dialog.open) dialog.showModal();
  document.getElementById('session-extend').focus();
}

async function boot() {
  takeFromAddress();
  await load();
  await session.loadConfig();
  session.onTimeout(warn, () => {
    clearInterval(warningCountdown);
    endSession(t('session.expired'));
  });
  on('unauthenticated', () => {
    if (session.state.user) endSession(t('session.expired'));
  });
  document.getElementById('lang-toggle').addEventListener('click', async () => {
    await toggle();
    route();
  });
  document.getElementById('logout').addEventListener('click', () => logout());
  document.getElementById('session-logout').addEventListener('click', () => logout());
  document.getElementById('session-extend').addEventListener('click', async () => {
    clearInterval(warningCountdown);
    document.getElementById('session-warning').close();
    await session.refresh();
  });
  document.getElementById('session-warning').addEventListener('close', () => clearInterval(warningCountdown));
  document.getElementById('company-select').addEventListener('change', (e) => {
    session.selectCompany(e.target.value);
    const path = location.hash.replace(/^#/, '') || '/';
    go(path.startsWith('/subjects/') ? '/subjects' : path);
  });
  document.getElementById('skip-link').addEventListener('click', () => main.focus());
  window.addEventListener('hashchange', () => {
    takeFromAddress();
    route();
  });
  await session.refresh().catch(() => false);
  route();
}

boot();
