import '../method/i18n-runtime.ts';
import { i18n } from '../../i18n/i18n.ts';
import { diagnostics } from './i18n.ts';

// The diagnostics' copy (and the method's, whose glossary links and source lines these pages show) travels with
// the diagnostics pages rather than in the first download; see src/web/i18n/resources.ts.
if (!i18n.hasResourceBundle('fr', 'diagnostics')) {
  i18n.addResourceBundle('fr', 'diagnostics', diagnostics.fr);
  i18n.addResourceBundle('en', 'diagnostics', diagnostics.en);
}
