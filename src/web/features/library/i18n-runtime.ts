import { registerCopy } from '../../i18n/register-copy.ts';
import { library } from './i18n.ts';

// The public library's copy (about 6 KB gzip) travels with the library's pages rather than in the first download:
// each module of the library that shows its copy imports this file, which adds the namespace before anything renders
// (decision 005). Its keys are still typed, through the declared line in src/web/i18n/resources.ts. The members'
// copy (editor, import, « mes projets ») is apart: i18n-editor-runtime.ts.
registerCopy('library', library);
