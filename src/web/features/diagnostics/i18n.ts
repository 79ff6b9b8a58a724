import { defineNamespace } from '../../i18n/define-namespace.ts';
import { diagnosticsChoice } from './i18n/choice.ts';
import { diagnosticsForm } from './i18n/form.ts';
import { diagnosticsResult } from './i18n/result.ts';

// Diagnostics: choosing a project and an instrument, the step-by-step form, the results, history and comparison.
// One file per group of pages under ./i18n/, merged here into the one namespace (the keys do not change).
export const diagnostics = defineNamespace({
  fr: { ...diagnosticsChoice.fr, ...diagnosticsForm.fr, ...diagnosticsResult.fr },
  en: { ...diagnosticsChoice.en, ...diagnosticsForm.en, ...diagnosticsResult.en },
});
