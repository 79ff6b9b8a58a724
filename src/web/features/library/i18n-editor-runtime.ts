import { registerCopy } from '../../i18n/register-copy.ts';
import { libraryEditor } from './i18n-editor.ts';

// The members' copy of the library travels with the modules that show it (decision 005): each imports this file,
// which adds the namespace before anything renders. Typed through its declared line in src/web/i18n/resources.ts.
registerCopy('libraryEditor', libraryEditor);
