import { defineNamespace } from '../../i18n/define-namespace.ts';
import { accountsShared } from './i18n/shared.ts';
import { accountsSignIn } from './i18n/sign-in.ts';
import { accountsAccount } from './i18n/account.ts';
import { accountsOrganisations } from './i18n/organisations.ts';
import { accountsExport } from './i18n/export.ts';

// Accounts and organisations: sign-up, sign-in, e-mailed links, the account page, organisations and invitations.
// One file per group of pages under ./i18n/, merged here into the one namespace (the keys do not change).
export const accounts = defineNamespace({
  fr: {
    ...accountsShared.fr,
    ...accountsSignIn.fr,
    ...accountsAccount.fr,
    ...accountsOrganisations.fr,
    ...accountsExport.fr,
  },
  en: {
    ...accountsShared.en,
    ...accountsSignIn.en,
    ...accountsAccount.en,
    ...accountsOrganisations.en,
    ...accountsExport.en,
  },
});
