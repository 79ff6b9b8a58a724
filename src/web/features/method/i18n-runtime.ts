import { registerCopy } from '../../i18n/register-copy.ts';
import { method } from './i18n.ts';

// The method's copy travels with the pages that use it rather than in the first download: each route module that
// shows method components imports this file, which adds the namespace before anything renders (decision 005). Its
// keys are still typed, through the declared line in src/web/i18n/resources.ts.
registerCopy('method', method);
