// The registry of i18n namespaces: one line per namespace. A feature adds its own file
// (`src/web/features/<cap>/i18n.ts`, built with `defineNamespace`) and exports it here under the namespace name.
export { common } from './common.ts';
export { home } from '../app/routes/home.i18n.ts';
export { legal } from '../features/legal/i18n.ts';
export { library } from '../features/library/i18n.ts';
export { forms } from '../components/forms/forms.i18n.ts';
export { accounts } from '../features/accounts/i18n.ts';
export { method } from '../features/method/i18n.ts';
export { diagnostics } from '../features/diagnostics/i18n.ts';
export { admin } from '../features/admin/i18n.ts';
