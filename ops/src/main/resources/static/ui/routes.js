// Every screen: its hash route (ids only, never personal data), the message key of its title, the roles that
// may open it (a hint for the navigation: the API still decides every call), and its module.
// public: true for screens without a login. nav: the message key of its menu entry, if it has one.
// To add a screen: write screens/NAME.js exporting render(main, params) and add one line here.

const STAFF = ['OFFICE_HEAD', 'OFFICE_STAFF', 'RESPONSIBLE_MANAGER', 'HANDLER', 'PAYROLL', 'AUDITOR'];
const OVERSIGHT = ['OFFICE_HEAD', 'RESPONSIBLE_MANAGER', 'AUDITOR'];

export const ROUTES = [
  {path: '/login', title: 'login.title', public: true, module: './screens/login.js'},
  {path: '/invite', title: 'invite.title', public: true, module: './screens/invite.js'},
  {path: '/password', title: 'password.title', roles: null, module: './screens/password.js'},
  {path: '/', title: 'home.title', roles: null, module: './screens/home.js'},
  {path: '/subjects', title: 'subjects.title', roles: STAFF, nav: 'nav.subjects', module: './screens/subjects.js'},
  {path: '/subjects/:subjectId', title: 'subject.title', roles: STAFF, module: './screens/subject.js'},
  {path: '/campaigns', title: 'campaigns.title', roles: STAFF, nav: 'nav.campaigns', module: './screens/campaigns.js'},
  {path: '/retention', title: 'retention.title', roles: OVERSIGHT, nav: 'nav.retention', module: './screens/retention.js'},
  {path: '/handlers', title: 'handlers.title', roles: OVERSIGHT, nav: 'nav.handlers', module: './screens/handlers.js'},
  {path: '/alerts', title: 'alerts.title', roles: OVERSIGHT, nav: 'nav.alerts', module: './screens/alerts.js'},
  {path: '/register', title: 'register.title', roles: OVERSIGHT, nav: 'nav.register', module: './screens/register.js'},
  {path: '/exports', title: 'exports.title', roles: OVERSIGHT, nav: 'nav.exports', module: './screens/exports.js'},
  {path: '/as-of', title: 'asof.title', roles: OVERSIGHT, nav: 'nav.asof', module: './screens/asof.js'},
  {path: '/breach-reports', title: 'breach.title', roles: OVERSIGHT, nav: 'nav.breach', module: './screens/breach.js'},
  {path: '/breach-reports/:reportId', title: 'breach.reportTitle', roles: OVERSIGHT, module: './screens/breach.js'},
];

/** The route matching a hash path, and its parameters. */
export function match(path) {
  for (const route of ROUTES) {
    const names = [];
    const pattern = new RegExp(`^${route.path.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return '([0-9a-fA-F-]{36})';
    })}$`);
    const found = pattern.exec(path);
    if (found) {
      const params = {};
      names.forEach((name, i) => { params[name] = found[i + 1]; });
      return {route, params};
    }
  }
  return null;
}
