import { registerCopy } from '../../i18n/register-copy.ts';
import { plans } from './i18n.ts';

// The plans' copy travels with the plans' pages rather than in the first download: each module of the plans that
// shows its copy imports this file, which adds the namespace before anything renders (decision 005).
registerCopy('plans', plans);
