// Home: who you are, in which company, and the tasks your roles allow.

import {h, add} from '../dom.js';
import {t, label} from '../i18n.js';
import {ROUTES} from '../routes.js';

export function render(main, {session, notice}) {
  const user = session.state.user;
  const company = session.company();
  const roles = [...new Set(user.roles.filter((g) => g.companyId === null || g.companyId === session.state.companyId)
    .map((g) => label('role', g.role)))];
  const tasks = ROUTES.filter((r) => r.nav && session.holds(...r.roles));
  add(main, 
    h('h1', {}, t('home.title')),
    notice ? h('p', {class: 'notice', role: 'status'}, notice) : null,
    h('p', {}, t('home.welcome', {user: user.username})),
    h('dl', {class: 'facts'},
      h('dt', {}, t('home.company')), h('dd', {}, company ? company.name : t('home.noCompany')),
      h('dt', {}, t('home.roles')), h('dd', {}, roles.join(t('common.listSeparator')) || '—')),
    tasks.length
      ? h('ul', {class: 'tiles'}, tasks.map((r) => h('li', {},
        h('a', {href: `#${r.path}`, class: 'tile'}, h('strong', {}, t(r.nav)), h('span', {}, t(`${r.nav}.hint`))))))
      : h('p', {}, t('home.nothing')));
}
