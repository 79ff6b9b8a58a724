import { createBrowserRouter, type LazyRouteFunction, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ErrorPage } from '../components/errors/error-page.tsx';
import { RootErrorPage } from '../components/errors/root-error-page.tsx';
import { AppLayout } from '../components/layout/app-layout.tsx';
import { PageLoader } from '../components/layout/page-loader.tsx';
import { paths } from '../config/paths.ts';
import { pageRoutes } from './page-routes.ts';

// Each page is its own lazy module exporting `Component` (and, when it needs one, `loader`), listed with its path in
// page-routes.ts. The glob only tells Vite where page modules live (one chunk each, imported on demand).
const pageModules = import.meta.glob<Awaited<ReturnType<LazyRouteFunction<RouteObject>>>>([
  '/app/routes/*.tsx',
  '/features/*/routes/*.tsx',
]);

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
        children: pageRoutes.map(({ path, module }) => {
          const lazy = pageModules[`/${module}`];
          if (!lazy) throw new Error(`app/page-routes.ts names ${module}, which is not a page module`);
          return path === paths.home.path ? { index: true, lazy } : { path, lazy };
        }),
      },
    ],
  },
]);

/** Settles once the router has loaded the first page's module and run its loader (or failed to: its error page shows). */
export const routerReady = new Promise<void>((resolve) => {
  if (router.state.initialized) return resolve();
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    resolve();
  });
});

export function AppRouter() {
  return <RouterProvider router={router} />;
}
