import { i18n } from '../../i18n/i18n.ts';
import { sites } from './i18n.ts';

// The sites' copy travels with their pages (see src/web/i18n/resources.ts for the type-only declaration).
if (!i18n.hasResourceBundle('fr', 'sites')) {
  i18n.addResourceBundle('fr', 'sites', sites.fr);
  i18n.addResourceBundle('en', 'sites', sites.en);
}
