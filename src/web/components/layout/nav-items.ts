import { paths } from '../../config/paths.ts';

/** The capabilities in the main navigation, in reading order. `key` names the label `nav.<key>` in `common`. */
export const mainNavItems = [
  { key: 'method', href: paths.method.getHref() },
  { key: 'library', href: paths.library.getHref() },
  { key: 'diagnostics', href: paths.diagnostics.getHref() },
  { key: 'plans', href: paths.plans.getHref() },
  { key: 'models', href: paths.models.getHref() },
  { key: 'sites', href: paths.sites.getHref() },
  { key: 'sessions', href: paths.sessions.getHref() },
] as const;

export type MainNavKey = (typeof mainNavItems)[number]['key'];
