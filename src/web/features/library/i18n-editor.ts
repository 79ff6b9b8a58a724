import { defineNamespace } from '../../i18n/define-namespace.ts';
import { libraryProjectEditor } from './i18n/editor.ts';
import { libraryImport } from './i18n/import.ts';
import { libraryMine } from './i18n/mine.ts';

// The library's copy for signed-in members: the project editor (form, images, story), import, « mes projets » and
// the actions on a project's page. Its pages use the public `library` namespace too (themes, phases…), with the
// `library:` prefix.
export const libraryEditor = defineNamespace({
  fr: { ...libraryProjectEditor.fr, ...libraryImport.fr, ...libraryMine.fr },
  en: { ...libraryProjectEditor.en, ...libraryImport.en, ...libraryMine.en },
});
