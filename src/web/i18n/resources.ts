// The registry of i18n namespaces: one line per namespace. A feature adds its own file
// (`src/web/features/<cap>/i18n.ts`, built with `defineNamespace`) and exports it here under the namespace name.
export { common } from './common.ts';
// Namespaces written `export declare` are loaded with their pages (i18n/lazy-namespaces.ts).
export { home } from '../app/routes/home.i18n.ts';
export declare const legal: (typeof import('../features/legal/i18n.ts'))['legal'];
// Declared, not imported: its keys are typed like the others, but the copy itself is added at run time by the
// library's pages (features/library/i18n-runtime.ts), so it stays out of the first download.
export declare const library: (typeof import('../features/library/i18n.ts'))['library'];
export { forms } from '../components/forms/forms.i18n.ts';
export declare const accounts: (typeof import('../features/accounts/i18n.ts'))['accounts'];
export declare const admin: (typeof import('../features/admin/i18n.ts'))['admin'];
// Declared, not imported: the method's and the diagnostics' copy is added at run time by their pages
// (features/method/i18n-runtime.ts, features/diagnostics/i18n-runtime.ts), out of the first download.
export declare const method: (typeof import('../features/method/i18n.ts'))['method'];
export declare const diagnostics: (typeof import('../features/diagnostics/i18n.ts'))['diagnostics'];
export declare const plans: (typeof import('../features/plans/i18n.ts'))['plans'];
export declare const models: (typeof import('../features/models/i18n.ts'))['models'];
// Declared, not imported: the training sessions' copy is added at run time by their pages (features/sessions/i18n-runtime.ts).
export declare const sessions: (typeof import('../features/sessions/i18n.ts'))['sessions'];
// Declared, not imported: the indicators' copy is added at run time by their pages (features/indicators/i18n-runtime.ts).
export declare const indicators: (typeof import('../features/indicators/i18n.ts'))['indicators'];
// Declared, not imported: the sites' copy is added at run time by their pages (features/sites/i18n-runtime.ts).
export declare const sites: (typeof import('../features/sites/i18n.ts'))['sites'];
