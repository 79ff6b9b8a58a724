import { i18n } from '../../i18n/i18n.ts';
import { library } from './i18n.ts';

// The library's copy (about 8 KB gzip) travels with the library's pages rather than in the first download: each
// route module of the library imports this file, which adds the namespace before anything renders. Its keys are
// still typed, through the type-only line in src/web/i18n/resources.ts.
if (!i18n.hasResourceBundle('fr', 'library')) {
  i18n.addResourceBundle('fr', 'library', library.fr);
  i18n.addResourceBundle('en', 'library', library.en);
}
