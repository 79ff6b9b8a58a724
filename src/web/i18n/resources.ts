// The registry of i18n namespaces: one line per namespace. A feature adds its own file
// (`src/web/features/<cap>/i18n.ts`, built with `defineNamespace`) and exports it here under the namespace name.
//
// Namespaces written `export declare` are typed like the others but stay out of the first download (decision 005):
// the feature's `i18n-runtime.ts` adds them at run time, and every module that uses one imports that file first.
export { common } from './common.ts';
export { home } from '../app/routes/home.i18n.ts';
export { forms } from '../components/forms/forms.i18n.ts';
export declare const legal: (typeof import('../features/legal/i18n.ts'))['legal'];
export declare const library: (typeof import('../features/library/i18n.ts'))['library'];
export declare const libraryEditor: (typeof import('../features/library/i18n-editor.ts'))['libraryEditor'];
export declare const accounts: (typeof import('../features/accounts/i18n.ts'))['accounts'];
export declare const admin: (typeof import('../features/admin/i18n.ts'))['admin'];
export declare const method: (typeof import('../features/method/i18n.ts'))['method'];
export declare const diagnostics: (typeof import('../features/diagnostics/i18n.ts'))['diagnostics'];
export declare const plans: (typeof import('../features/plans/i18n.ts'))['plans'];
export declare const models: (typeof import('../features/models/i18n.ts'))['models'];
export declare const sessions: (typeof import('../features/sessions/i18n.ts'))['sessions'];
export declare const sessionsManage: (typeof import('../features/sessions/i18n-manage-ns.ts'))['sessionsManage'];
export declare const indicators: (typeof import('../features/indicators/i18n.ts'))['indicators'];
export declare const sites: (typeof import('../features/sites/i18n.ts'))['sites'];
