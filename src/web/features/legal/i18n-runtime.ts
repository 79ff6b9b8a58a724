import { registerCopy } from '../../i18n/register-copy.ts';
import { legal } from './i18n.ts';

// The legal pages' copy travels with the modules that use it, out of the first download: each of them imports
// this file first (decision 005). Keys are typed through the declared line in src/web/i18n/resources.ts.
registerCopy('legal', legal);
