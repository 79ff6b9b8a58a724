import { registerCopy } from '../../i18n/register-copy.ts';
import { sessions } from './i18n.ts';

// The sessions' copy travels with their pages (decision 005; type-only declaration in src/web/i18n/resources.ts).
registerCopy('sessions', sessions);
