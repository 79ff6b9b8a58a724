import type { ResourceKey } from 'i18next';
import { i18n } from './i18n.ts';
import type { NamespaceName } from './i18n.ts';

/**
 * Adds a feature's copy to i18next when the module importing it is evaluated (decision 005). Each
 * `features/<cap>/i18n-runtime.ts` calls it once, and every module that uses that namespace imports the runtime
 * file, so the copy travels with the code that shows it, out of the first download. Keys stay typed through the
 * `export declare` line of resources.ts.
 */
export function registerCopy(
  name: NamespaceName,
  namespace: { readonly fr: ResourceKey; readonly en: ResourceKey },
): void {
  if (i18n.hasResourceBundle('fr', name)) return;
  i18n.addResourceBundle('fr', name, namespace.fr);
  i18n.addResourceBundle('en', name, namespace.en);
}
