import { defineNamespace } from '../../i18n/define-namespace.ts';
import { libraryVocabulary } from './i18n/vocabulary.ts';
import { librarySearch } from './i18n/search.ts';
import { libraryProject } from './i18n/project.ts';
import { libraryOpenData } from './i18n/open-data.ts';

// The public library: search, map, « près de chez moi », project pages and open data, as any visitor reads them.
// One file per group of pages under ./i18n/, merged here into the one namespace. What only signed-in members use
// (the editor, import, « mes projets », a record's actions) is the `libraryEditor` namespace (i18n-editor.ts), so
// that a visitor does not download it with the public pages.
export const library = defineNamespace({
  fr: {
    ...libraryVocabulary.fr,
    ...librarySearch.fr,
    ...libraryProject.fr,
    ...libraryOpenData.fr,
  },
  en: {
    ...libraryVocabulary.en,
    ...librarySearch.en,
    ...libraryProject.en,
    ...libraryOpenData.en,
  },
});
