/**
 * Every client route path, defined once. Components link with `paths.x.getHref(...)`; the router uses `paths.x.path`.
 * Add a route here first, then in `src/web/app/router.tsx`.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  method: { path: '/methode', getHref: () => '/methode' },
  library: { path: '/bibliotheque', getHref: () => '/bibliotheque' },
  diagnostics: { path: '/diagnostics', getHref: () => '/diagnostics' },
  plans: { path: '/plans', getHref: () => '/plans' },
  models: { path: '/modeles', getHref: () => '/modeles' },
  sites: { path: '/sites', getHref: () => '/sites' },
  network: { path: '/reseau', getHref: () => '/reseau' },
  sessions: { path: '/formations', getHref: () => '/formations' },
  account: {
    signIn: { path: '/compte/connexion', getHref: () => '/compte/connexion' },
    signUp: { path: '/compte/inscription', getHref: () => '/compte/inscription' },
  },
  admin: { path: '/administration', getHref: () => '/administration' },
  legal: {
    notice: { path: '/mentions-legales', getHref: () => '/mentions-legales' },
    accessibility: { path: '/accessibilite', getHref: () => '/accessibilite' },
    privacy: { path: '/donnees-personnelles', getHref: () => '/donnees-personnelles' },
  },
  notFound: { path: '*', getHref: () => '/page-introuvable' },
} as const;

/** Served by the API server, not by the client router: link to them with a plain `<a href>`. */
export const serverPaths = {
  apiReference: '/api/reference',
  openApi: '/api/v1/openapi.json',
} as const;

/** Licence of the source code (AGPL-3.0-or-later, see package.json). */
export const licenceUrl = 'https://www.gnu.org/licenses/agpl-3.0.html';
