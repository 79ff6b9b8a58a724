import { i18n } from '../../i18n/i18n.ts';
import { method } from './i18n.ts';

// The method's copy travels with the pages that use it rather than in the first download: each route module that
// shows method components imports this file, which adds the namespace before anything renders. Its keys are still
// typed, through the declared line in src/web/i18n/resources.ts.
if (!i18n.hasResourceBundle('fr', 'method')) {
  i18n.addResourceBundle('fr', 'method', method.fr);
  i18n.addResourceBundle('en', 'method', method.en);
}
