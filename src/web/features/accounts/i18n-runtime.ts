import { registerCopy } from '../../i18n/register-copy.ts';
import { accounts } from './i18n.ts';

// The accounts' copy (sign-in, account, organisations, and shared components such as SignedInOnly and
// ConfirmButton) travels with the modules that use it, out of the first download: each of them imports this file
// first (decision 005). Keys are typed through the declared line in src/web/i18n/resources.ts.
registerCopy('accounts', accounts);
