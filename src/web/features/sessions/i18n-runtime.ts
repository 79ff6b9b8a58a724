import { i18n } from '../../i18n/i18n.ts';
import { sessions } from './i18n.ts';

// The sessions' copy travels with their pages (see src/web/i18n/resources.ts for the type-only declaration).
if (!i18n.hasResourceBundle('fr', 'sessions')) {
  i18n.addResourceBundle('fr', 'sessions', sessions.fr);
  i18n.addResourceBundle('en', 'sessions', sessions.en);
}
