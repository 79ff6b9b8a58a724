import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ErrorPage } from '../components/errors/error-page.tsx';
import { RootErrorPage } from '../components/errors/root-error-page.tsx';
import { AppLayout } from '../components/layout/app-layout.tsx';
import { PageLoader } from '../components/layout/page-loader.tsx';
import { paths } from '../config/paths.ts';

// Each page is its own lazy module exporting `Component` (and, when it needs one, `loader`), so a visitor only
// downloads the pages they open. To add a page: define its path in config/paths.ts, then add one line here.
export const router = createBrowserRouter([
  {
    path: paths.home.path,
    Component: AppLayout,
    ErrorBoundary: RootErrorPage,
    HydrateFallback: PageLoader,
    children: [
      {
        // Errors inside a page render within the layout, so the navigation stays usable.
        ErrorBoundary: ErrorPage,
        children: [
          { index: true, lazy: () => import('./routes/home.tsx') },
          { path: paths.method.path, lazy: () => import('../features/method/routes/method.tsx') },
          {
            path: paths.methodSearch.path,
            lazy: () => import('../features/method/routes/method-search.tsx'),
          },
          { path: paths.methodItem.path, lazy: () => import('../features/method/routes/method-item.tsx') },
          { path: paths.library.path, lazy: () => import('../features/library/routes/library.tsx') },
          { path: paths.libraryMap.path, lazy: () => import('../features/library/routes/library-map.tsx') },
          { path: paths.libraryNear.path, lazy: () => import('../features/library/routes/library-near.tsx') },
          { path: paths.libraryMine.path, lazy: () => import('../features/library/routes/my-projects.tsx') },
          {
            path: paths.libraryImport.path,
            lazy: () => import('../features/library/routes/import-projects.tsx'),
          },
          {
            path: paths.libraryOpenData.path,
            lazy: () => import('../features/library/routes/open-data.tsx'),
          },
          { path: paths.projectNew.path, lazy: () => import('../features/library/routes/project-new.tsx') },
          { path: paths.project.path, lazy: () => import('../features/library/routes/project.tsx') },
          { path: paths.projectEdit.path, lazy: () => import('../features/library/routes/project-edit.tsx') },
          {
            path: paths.diagnostics.path,
            lazy: () => import('../features/diagnostics/routes/diagnostics.tsx'),
          },
          {
            path: paths.diagnosticsProject.path,
            lazy: () => import('../features/diagnostics/routes/project-diagnostics.tsx'),
          },
          {
            path: paths.diagnosticsCompare.path,
            lazy: () => import('../features/diagnostics/routes/compare.tsx'),
          },
          {
            path: paths.diagnostic.path,
            lazy: () => import('../features/diagnostics/routes/diagnostic.tsx'),
          },
          {
            path: paths.diagnosticResult.path,
            lazy: () => import('../features/diagnostics/routes/result.tsx'),
          },
          {
            path: paths.plans.path,
            lazy: () => import('../features/plans/routes/plans.tsx'),
          },
          {
            path: paths.plan.path,
            lazy: () => import('../features/plans/routes/plan.tsx'),
          },
          {
            path: paths.models.path,
            lazy: () => import('../features/models/routes/models.tsx'),
          },
          {
            path: paths.modelEdit.path,
            lazy: () => import('../features/models/routes/model-edit.tsx'),
          },
          {
            path: paths.kit.path,
            lazy: () => import('../features/models/routes/kit.tsx'),
          },
          { path: paths.sites.path, lazy: () => import('../features/sites/routes/sites.tsx') },
          { path: paths.site.path, lazy: () => import('../features/sites/routes/site.tsx') },
          { path: paths.siteRequest.path, lazy: () => import('../features/sites/routes/request.tsx') },
          {
            path: paths.siteRequestNew.path,
            lazy: () => import('../features/sites/routes/request-new.tsx'),
          },
          { path: paths.network.path, lazy: () => import('../features/indicators/routes/network.tsx') },
          {
            path: paths.networkSite.path,
            lazy: () => import('../features/indicators/routes/site-values.tsx'),
          },
          {
            path: paths.networkPublic.path,
            lazy: () => import('../features/indicators/routes/public-network.tsx'),
          },
          { path: paths.reporting.path, lazy: () => import('../features/indicators/routes/reporting.tsx') },
          { path: paths.sessions.path, lazy: () => import('../features/sessions/routes/sessions.tsx') },
          { path: paths.session.path, lazy: () => import('../features/sessions/routes/session.tsx') },
          {
            path: paths.sessionsManage.path,
            lazy: () => import('../features/sessions/routes/manage.tsx'),
          },
          {
            path: paths.sessionNew.path,
            lazy: () => import('../features/sessions/routes/session-edit.tsx'),
          },
          {
            path: paths.sessionEdit.path,
            lazy: () => import('../features/sessions/routes/session-edit.tsx'),
          },
          {
            path: paths.sessionsPortfolio.path,
            lazy: () => import('../features/sessions/routes/portfolio.tsx'),
          },
          {
            path: paths.sessionsMine.path,
            lazy: () => import('../features/sessions/routes/my-registrations.tsx'),
          },
          {
            path: paths.sessionRegistrations.path,
            lazy: () => import('../features/sessions/routes/session-registrations.tsx'),
          },
          {
            path: paths.sessionAttendance.path,
            lazy: () => import('../features/sessions/routes/session-attendance.tsx'),
          },
          {
            path: paths.sessionCohort.path,
            lazy: () => import('../features/sessions/routes/session-cohort.tsx'),
          },
          {
            path: paths.sessionResources.path,
            lazy: () => import('../features/sessions/routes/session-resources.tsx'),
          },
          {
            path: paths.account.signIn.path,
            lazy: () => import('../features/accounts/routes/sign-in.tsx'),
          },
          {
            path: paths.account.signUp.path,
            lazy: () => import('../features/accounts/routes/sign-up.tsx'),
          },
          {
            path: paths.account.home.path,
            lazy: () => import('../features/accounts/routes/account.tsx'),
          },
          {
            path: paths.account.forgotPassword.path,
            lazy: () => import('../features/accounts/routes/forgot-password.tsx'),
          },
          {
            path: paths.account.resetPassword.path,
            lazy: () => import('../features/accounts/routes/reset-password.tsx'),
          },
          {
            path: paths.account.confirmEmail.path,
            lazy: () => import('../features/accounts/routes/confirm-email.tsx'),
          },
          {
            path: paths.account.confirmNewEmail.path,
            lazy: () => import('../features/accounts/routes/confirm-new-email.tsx'),
          },
          {
            path: paths.account.magicLink.path,
            lazy: () => import('../features/accounts/routes/magic-link.tsx'),
          },
          {
            path: paths.account.invitation.path,
            lazy: () => import('../features/accounts/routes/invitation.tsx'),
          },
          {
            path: paths.organisations.path,
            lazy: () => import('../features/accounts/routes/organisations.tsx'),
          },
          {
            path: paths.organisationNew.path,
            lazy: () => import('../features/accounts/routes/organisation-new.tsx'),
          },
          {
            path: paths.organisation.path,
            lazy: () => import('../features/accounts/routes/organisation.tsx'),
          },
          {
            path: paths.admin.path,
            lazy: () => import('../features/admin/routes/admin.tsx'),
          },
          {
            path: paths.adminUsers.path,
            lazy: () => import('../features/admin/routes/users.tsx'),
          },
          {
            path: paths.adminOrganisations.path,
            lazy: () => import('../features/admin/routes/organisations.tsx'),
          },
          {
            path: paths.adminOutbox.path,
            lazy: () => import('../features/admin/routes/outbox.tsx'),
          },
          {
            path: paths.adminOutboxMessage.path,
            lazy: () => import('../features/admin/routes/outbox-message.tsx'),
          },
          {
            path: paths.adminOrganisationImport.path,
            lazy: () => import('../features/admin/routes/organisation-import.tsx'),
          },
          {
            path: paths.adminAudit.path,
            lazy: () => import('../features/admin/routes/audit.tsx'),
          },
          {
            path: paths.legal.notice.path,
            lazy: () => import('../features/legal/routes/legal-notice.tsx'),
          },
          {
            path: paths.legal.accessibility.path,
            lazy: () => import('../features/legal/routes/accessibility.tsx'),
          },
          {
            path: paths.legal.privacy.path,
            lazy: () => import('../features/legal/routes/privacy.tsx'),
          },
          { path: paths.notFound.path, lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
