import { paths } from '../config/paths.ts';

/** A page of the app, for the router and for the server. */
export type PageRoute = {
  /** Its path pattern, from config/paths.ts. */
  readonly path: string;
  /** Its module under src/web, which exports `Component` (and `loader` if it needs one). */
  readonly module: string;
  /**
   * The API address its loader asks for before the first render, with the path's parameters (`:modelId`): the
   * server's HTML preloads it. It must be the very URL the loader fetches, or the browser fetches it twice
   * (tests/e2e/performance.spec.ts counts the requests).
   */
  readonly data?: string;
  /**
   * Open to anonymous visitors (a shared link, a search engine): its first download, with its own chunks, must stay
   * under the public budget of 200 KB gzip (bench/check-bundle.js); the signed-in app's pages have 350 KB.
   */
  readonly public?: true;
};

/**
 * Every page of the app. The router imports each module lazily, so a visitor only downloads the pages they open; the
 * build also writes this table next to Vite's manifest (vite.config.ts), so the server can name, in a page's HTML,
 * the chunks that page is about to ask for (src/server/http/spa-pages.ts) instead of the browser finding them one
 * after the other. Plain data on purpose: vite.config.ts reads it in Node. To add a page: define its path in
 * config/paths.ts, then add one line here.
 */
export const pageRoutes: readonly PageRoute[] = [
  { path: paths.home.path, module: 'app/routes/home.tsx', public: true },
  { path: paths.method.path, module: 'features/method/routes/method.tsx', public: true },
  { path: paths.methodSearch.path, module: 'features/method/routes/method-search.tsx', public: true },
  { path: paths.methodItem.path, module: 'features/method/routes/method-item.tsx', public: true },
  { path: paths.library.path, module: 'features/library/routes/library.tsx', public: true },
  { path: paths.libraryMap.path, module: 'features/library/routes/library-map.tsx', public: true },
  { path: paths.libraryNear.path, module: 'features/library/routes/library-near.tsx', public: true },
  { path: paths.libraryMine.path, module: 'features/library/routes/my-projects.tsx' },
  { path: paths.libraryImport.path, module: 'features/library/routes/import-projects.tsx' },
  { path: paths.libraryOpenData.path, module: 'features/library/routes/open-data.tsx', public: true },
  { path: paths.projectNew.path, module: 'features/library/routes/project-new.tsx' },
  { path: paths.project.path, module: 'features/library/routes/project.tsx', public: true },
  { path: paths.projectEdit.path, module: 'features/library/routes/project-edit.tsx' },
  { path: paths.diagnostics.path, module: 'features/diagnostics/routes/diagnostics.tsx' },
  { path: paths.diagnosticsProject.path, module: 'features/diagnostics/routes/project-diagnostics.tsx' },
  { path: paths.diagnosticsCompare.path, module: 'features/diagnostics/routes/compare.tsx' },
  { path: paths.diagnostic.path, module: 'features/diagnostics/routes/diagnostic.tsx' },
  { path: paths.diagnosticResult.path, module: 'features/diagnostics/routes/result.tsx' },
  { path: paths.plans.path, module: 'features/plans/routes/plans.tsx' },
  { path: paths.plan.path, module: 'features/plans/routes/plan.tsx' },
  { path: paths.models.path, module: 'features/models/routes/models.tsx' },
  { path: paths.modelEdit.path, module: 'features/models/routes/model-edit.tsx' },
  {
    path: paths.kit.path,
    module: 'features/models/routes/kit.tsx',
    data: '/api/v1/kits/:modelId/versions/:n',
    public: true,
  },
  { path: paths.sites.path, module: 'features/sites/routes/sites.tsx' },
  { path: paths.site.path, module: 'features/sites/routes/site.tsx' },
  { path: paths.siteRequest.path, module: 'features/sites/routes/request.tsx' },
  { path: paths.siteRequestNew.path, module: 'features/sites/routes/request-new.tsx' },
  { path: paths.network.path, module: 'features/indicators/routes/network.tsx' },
  { path: paths.networkSite.path, module: 'features/indicators/routes/site-values.tsx' },
  { path: paths.networkPublic.path, module: 'features/indicators/routes/public-network.tsx', public: true },
  { path: paths.reporting.path, module: 'features/indicators/routes/reporting.tsx', public: true },
  { path: paths.sessions.path, module: 'features/sessions/routes/sessions.tsx', public: true },
  { path: paths.session.path, module: 'features/sessions/routes/session.tsx', public: true },
  { path: paths.sessionsManage.path, module: 'features/sessions/routes/manage.tsx' },
  { path: paths.sessionNew.path, module: 'features/sessions/routes/session-edit.tsx' },
  { path: paths.sessionEdit.path, module: 'features/sessions/routes/session-edit.tsx' },
  { path: paths.sessionsPortfolio.path, module: 'features/sessions/routes/portfolio.tsx' },
  { path: paths.sessionsMine.path, module: 'features/sessions/routes/my-registrations.tsx' },
  { path: paths.sessionRegistrations.path, module: 'features/sessions/routes/session-registrations.tsx' },
  { path: paths.sessionAttendance.path, module: 'features/sessions/routes/session-attendance.tsx' },
  { path: paths.sessionCohort.path, module: 'features/sessions/routes/session-cohort.tsx' },
  { path: paths.sessionResources.path, module: 'features/sessions/routes/session-resources.tsx' },
  { path: paths.account.signIn.path, module: 'features/accounts/routes/sign-in.tsx', public: true },
  { path: paths.account.signUp.path, module: 'features/accounts/routes/sign-up.tsx', public: true },
  { path: paths.account.home.path, module: 'features/accounts/routes/account.tsx' },
  {
    path: paths.account.forgotPassword.path,
    module: 'features/accounts/routes/forgot-password.tsx',
    public: true,
  },
  {
    path: paths.account.resetPassword.path,
    module: 'features/accounts/routes/reset-password.tsx',
    public: true,
  },
  {
    path: paths.account.confirmEmail.path,
    module: 'features/accounts/routes/confirm-email.tsx',
    public: true,
  },
  {
    path: paths.account.confirmNewEmail.path,
    module: 'features/accounts/routes/confirm-new-email.tsx',
    public: true,
  },
  { path: paths.account.magicLink.path, module: 'features/accounts/routes/magic-link.tsx', public: true },
  { path: paths.account.invitation.path, module: 'features/accounts/routes/invitation.tsx', public: true },
  { path: paths.organisations.path, module: 'features/accounts/routes/organisations.tsx' },
  { path: paths.organisationNew.path, module: 'features/accounts/routes/organisation-new.tsx' },
  { path: paths.organisation.path, module: 'features/accounts/routes/organisation.tsx' },
  { path: paths.admin.path, module: 'features/admin/routes/admin.tsx' },
  { path: paths.adminUsers.path, module: 'features/admin/routes/users.tsx' },
  { path: paths.adminOrganisations.path, module: 'features/admin/routes/organisations.tsx' },
  { path: paths.adminOutbox.path, module: 'features/admin/routes/outbox.tsx' },
  { path: paths.adminOutboxMessage.path, module: 'features/admin/routes/outbox-message.tsx' },
  { path: paths.adminOrganisationImport.path, module: 'features/admin/routes/organisation-import.tsx' },
  { path: paths.adminAudit.path, module: 'features/admin/routes/audit.tsx' },
  { path: paths.legal.notice.path, module: 'features/legal/routes/legal-notice.tsx', public: true },
  { path: paths.legal.accessibility.path, module: 'features/legal/routes/accessibility.tsx', public: true },
  { path: paths.legal.privacy.path, module: 'features/legal/routes/privacy.tsx', public: true },
  { path: paths.notFound.path, module: 'app/routes/not-found.tsx', public: true },
];
