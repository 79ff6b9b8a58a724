import { defineNamespace } from '../../i18n/define-namespace.ts';

// Shared copy of every form: the error summary shown (and focused) when a submission fails.
export const forms = defineNamespace({
  fr: {
    summaryTitle_one: 'Le formulaire contient une erreur',
    summaryTitle_other: 'Le formulaire contient {{count}}\u00a0erreurs',
    summaryTitleGeneric: 'L’envoi n’a pas abouti',
    summaryHint: 'Corrigez les champs indiqués, puis envoyez à nouveau le formulaire.',
    optional: '(facultatif)',
    invalid: 'Certaines informations ne sont pas valides.',
    closeNotification: 'Fermer le message',
    closeDialog: 'Fermer la fenêtre',
  },
  en: {
    summaryTitle_one: 'The form contains one error',
    summaryTitle_other: 'The form contains {{count}} errors',
    summaryTitleGeneric: 'The submission did not go through',
    summaryHint: 'Correct the fields listed, then submit the form again.',
    optional: '(optional)',
    invalid: 'Some information is not valid.',
    closeNotification: 'Close the message',
    closeDialog: 'Close the dialog',
  },
});
