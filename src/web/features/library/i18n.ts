import { defineNamespace } from '../../i18n/define-namespace.ts';
import { libraryVocabulary } from './i18n/vocabulary.ts';
import { librarySearch } from './i18n/search.ts';
import { libraryProject } from './i18n/project.ts';
import { libraryEditor } from './i18n/editor.ts';
import { libraryTransfer } from './i18n/transfer.ts';

// The library: search, map, « près de chez moi », project pages, the editor, my projects, import and open data.
// One file per group of pages under ./i18n/, merged here into the one namespace (the keys do not change).
export const library = defineNamespace({
  fr: {
    ...libraryVocabulary.fr,
    ...librarySearch.fr,
    ...libraryProject.fr,
    ...libraryEditor.fr,
    ...libraryTransfer.fr,
  },
  en: {
    ...libraryVocabulary.en,
    ...librarySearch.en,
    ...libraryProject.en,
    ...libraryEditor.en,
    ...libraryTransfer.en,
  },
});
