/**
 * Every client route path, defined once. Components link with `paths.x.getHref(...)`; the router uses `paths.x.path`.
 * Add a route here first, then in `src/web/app/router.tsx`.
 */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  method: { path: '/methode', getHref: () => '/methode' },
  methodSearch: {
    path: '/methode/recherche',
    getHref: (q?: string) =>
      q ? `/methode/recherche?${new URLSearchParams({ q }).toString()}` : '/methode/recherche',
  },
  // `section` is the French slug of a kind of method part: see src/web/features/method/lib/method-links.ts.
  methodItem: {
    path: '/methode/:section/:id',
    getHref: (section: string, id: string) => `/methode/${section}/${encodeURIComponent(id)}`,
  },
  library: { path: '/bibliotheque', getHref: () => '/bibliotheque' },
  libraryMap: { path: '/bibliotheque/carte', getHref: () => '/bibliotheque/carte' },
  libraryNear: { path: '/bibliotheque/pres-de-chez-moi', getHref: () => '/bibliotheque/pres-de-chez-moi' },
  libraryMine: { path: '/bibliotheque/mes-projets', getHref: () => '/bibliotheque/mes-projets' },
  libraryImport: { path: '/bibliotheque/import', getHref: () => '/bibliotheque/import' },
  libraryOpenData: {
    path: '/bibliotheque/donnees-ouvertes',
    getHref: () => '/bibliotheque/donnees-ouvertes',
  },
  projectNew: { path: '/bibliotheque/projets/nouveau', getHref: () => '/bibliotheque/projets/nouveau' },
  project: {
    path: '/bibliotheque/projets/:id',
    getHref: (id: string) => `/bibliotheque/projets/${encodeURIComponent(id)}`,
  },
  projectEdit: {
    path: '/bibliotheque/projets/:id/modifier',
    getHref: (id: string) => `/bibliotheque/projets/${encodeURIComponent(id)}/modifier`,
  },
  diagnostics: { path: '/diagnostics', getHref: () => '/diagnostics' },
  diagnosticsProject: {
    path: '/diagnostics/projets/:projectId',
    getHref: (projectId: string) => `/diagnostics/projets/${encodeURIComponent(projectId)}`,
  },
  diagnosticsCompare: {
    path: '/diagnostics/comparer',
    getHref: (a: string, b: string) => `/diagnostics/comparer?${new URLSearchParams({ a, b }).toString()}`,
  },
  diagnostic: {
    path: '/diagnostics/:diagnosticId',
    getHref: (diagnosticId: string, step?: number) =>
      `/diagnostics/${encodeURIComponent(diagnosticId)}${step ? `?etape=${String(step)}` : ''}`,
  },
  diagnosticResult: {
    path: '/diagnostics/:diagnosticId/resultat',
    getHref: (diagnosticId: string) => `/diagnostics/${encodeURIComponent(diagnosticId)}/resultat`,
  },
  plans: { path: '/plans', getHref: () => '/plans' },
  plan: { path: '/plans/:planId', getHref: (planId: string) => `/plans/${encodeURIComponent(planId)}` },
  models: { path: '/modeles', getHref: () => '/modeles' },
  modelEdit: {
    path: '/modeles/:modelId',
    getHref: (modelId: string) => `/modeles/${encodeURIComponent(modelId)}`,
  },
  kit: {
    path: '/kits/:modelId/versions/:n',
    getHref: (modelId: string, n: number) => `/kits/${encodeURIComponent(modelId)}/versions/${String(n)}`,
  },
  sites: { path: '/sites', getHref: () => '/sites' },
  site: { path: '/sites/:siteId', getHref: (siteId: string) => `/sites/${encodeURIComponent(siteId)}` },
  siteRequest: {
    path: '/sites/requests/:requestId',
    getHref: (id: string) => `/sites/requests/${encodeURIComponent(id)}`,
  },
  siteRequestNew: {
    path: '/sites/demande/:modelId/:n',
    getHref: (modelId: string, n: number) => `/sites/demande/${encodeURIComponent(modelId)}/${String(n)}`,
  },
  network: { path: '/reseau', getHref: () => '/reseau' },
  networkSite: {
    path: '/reseau/sites/:siteId/indicateurs',
    getHref: (siteId: string) => `/reseau/sites/${encodeURIComponent(siteId)}/indicateurs`,
  },
  networkPublic: {
    path: '/reseau/public/:modelId',
    getHref: (modelId: string) => `/reseau/public/${encodeURIComponent(modelId)}`,
  },
  reporting: { path: '/saisie/:token', getHref: (token: string) => `/saisie/${encodeURIComponent(token)}` },
  sessions: { path: '/formations', getHref: () => '/formations' },
  session: { path: '/formations/:id', getHref: (id: string) => `/formations/${encodeURIComponent(id)}` },
  sessionsManage: { path: '/formations/animation', getHref: () => '/formations/animation' },
  sessionNew: { path: '/formations/animation/nouvelle', getHref: () => '/formations/animation/nouvelle' },
  sessionsMine: { path: '/formations/mes-inscriptions', getHref: () => '/formations/mes-inscriptions' },
  sessionsPortfolio: { path: '/formations/accompagnement', getHref: () => '/formations/accompagnement' },
  sessionEdit: {
    path: '/formations/:id/modifier',
    getHref: (id: string) => `/formations/${encodeURIComponent(id)}/modifier`,
  },
  sessionRegistrations: {
    path: '/formations/:id/inscriptions',
    getHref: (id: string) => `/formations/${encodeURIComponent(id)}/inscriptions`,
  },
  sessionAttendance: {
    path: '/formations/:id/presences',
    getHref: (id: string) => `/formations/${encodeURIComponent(id)}/presences`,
  },
  sessionCohort: {
    path: '/formations/:id/cohorte',
    getHref: (id: string) => `/formations/${encodeURIComponent(id)}/cohorte`,
  },
  sessionResources: {
    path: '/formations/:id/ressources',
    getHref: (id: string) => `/formations/${encodeURIComponent(id)}/ressources`,
  },
  account: {
    signIn: { path: '/compte/connexion', getHref: () => '/compte/connexion' },
    signUp: { path: '/compte/inscription', getHref: () => '/compte/inscription' },
    // The pages e-mailed links open: keep in step with WEB_PAGES in src/server/accounts/web-links.ts.
    home: { path: '/compte', getHref: () => '/compte' },
    forgotPassword: { path: '/compte/mot-de-passe-oublie', getHref: () => '/compte/mot-de-passe-oublie' },
    resetPassword: { path: '/compte/nouveau-mot-de-passe', getHref: () => '/compte/nouveau-mot-de-passe' },
    confirmEmail: { path: '/compte/confirmer-adresse', getHref: () => '/compte/confirmer-adresse' },
    confirmNewEmail: {
      path: '/compte/confirmer-nouvelle-adresse',
      getHref: () => '/compte/confirmer-nouvelle-adresse',
    },
    magicLink: { path: '/compte/lien-de-connexion', getHref: () => '/compte/lien-de-connexion' },
    invitation: {
      path: '/compte/invitation',
      getHref: (token: string) => `/compte/invitation?${new URLSearchParams({ token }).toString()}`,
    },
  },
  organisations: { path: '/organisations', getHref: () => '/organisations' },
  organisationNew: { path: '/organisations/nouvelle', getHref: () => '/organisations/nouvelle' },
  organisation: {
    path: '/organisations/:organisationId',
    getHref: (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`,
  },
  admin: { path: '/administration', getHref: () => '/administration' },
  adminUsers: { path: '/administration/comptes', getHref: () => '/administration/comptes' },
  adminOrganisations: {
    path: '/administration/organisations',
    getHref: () => '/administration/organisations',
  },
  adminOrganisationImport: {
    path: '/administration/organisations/import',
    getHref: () => '/administration/organisations/import',
  },
  adminOutbox: { path: '/administration/courriels', getHref: () => '/administration/courriels' },
  adminOutboxMessage: {
    path: '/administration/courriels/:messageId',
    getHref: (messageId: string) => `/administration/courriels/${encodeURIComponent(messageId)}`,
  },
  adminAudit: { path: '/administration/journal', getHref: () => '/administration/journal' },
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
