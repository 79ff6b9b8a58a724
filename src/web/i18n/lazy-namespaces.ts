import type { RouteObject } from 'react-router';
import { registerCopy } from './register-copy.ts';

/**
 * Transitional (decision 005): every other feature's copy now travels through its `i18n-runtime.ts`, imported by
 * the modules that use it. The plans' pages still get theirs from the router until `features/plans` gets its own
 * runtime file (its owner was editing those files when the rest moved); then delete this file.
 */
const loaders = {
  plans: () => import('../features/plans/i18n.ts').then((m) => m.plans),
};

export type LazyNamespace = keyof typeof loaders;

async function loadNamespace(name: LazyNamespace): Promise<void> {
  registerCopy(name, await loaders[name]());
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
