import type * as namespaces from './resources.ts';

type Resources = { [Name in keyof typeof namespaces]: (typeof namespaces)[Name]['fr'] };

// Typed keys: `t('common:nav.method')` is checked against the French tree.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
