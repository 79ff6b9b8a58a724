import { i18n } from '../../i18n/i18n.ts';
import { indicators } from './i18n.ts';

// The indicators' copy travels with their pages (out of the first download); keys are typed through the
// type-only line in src/web/i18n/resources.ts.
if (!i18n.hasResourceBundle('fr', 'indicators')) {
  i18n.addResourceBundle('fr', 'indicators', indicators.fr);
  i18n.addResourceBundle('en', 'indicators', indicators.en);
}
