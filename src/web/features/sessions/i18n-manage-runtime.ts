import { registerCopy } from '../../i18n/register-copy.ts';
import { sessionsManage } from './i18n-manage-ns.ts';

// The signed-in pages' copy travels with them only (decision 005; type-only declaration in src/web/i18n/resources.ts).
registerCopy('sessionsManage', sessionsManage);
