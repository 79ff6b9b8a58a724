import type { RouteObject } from 'react-router';
import { i18n } from './i18n.ts';

/**
 * Copy that only some pages need travels with those pages, not in the first download (bundle budget, issue 10):
 * the route's lazy loader adds the namespace before the page renders. Keys stay typed through the `declare`
 * lines of resources.ts.
 */
const loaders = {
  accounts: () => import('../features/accounts/i18n.ts').then((m) => m.accounts),
  admin: () => import('../features/admin/i18n.ts').then((m) => m.admin),
  legal: () => import('../features/legal/i18n.ts').then((m) => m.legal),
  plans: () => import('../features/plans/i18n.ts').then((m) => m.plans),
  models: () => import('../features/models/i18n.ts').then((m) => m.models),
};

export type LazyNamespace = keyof typeof loaders;

export async function loadNamespace(name: LazyNamespace): Promise<void> {
  if (i18n.hasResourceBundle('fr', name)) return;
  const namespace = await loaders[name]();
  i18n.addResourceBundle('fr', name, namespace.fr);
  i18n.addResourceBundle('en', name, namespace.en);
}

/** A route's `lazy` that loads its copy and its module together. */
export function withCopy(
  names: LazyNamespace | LazyNamespace[],
  load: () => Promise<Record<string, unknown>>,
): NonNullable<RouteObject['lazy']> {
  const list = Array.isArray(names) ? names : [names];
  return (async () => {
    const [module] = await Promise.all([load(), ...list.map(loadNamespace)]);
    return module;
  }) as NonNullable<RouteObject['lazy']>;
}
