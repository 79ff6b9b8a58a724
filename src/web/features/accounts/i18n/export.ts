import { defineNamespace } from '../../../i18n/define-namespace.ts';

// The export of all of an organisation's data, on the organisation's page (owners).
export const accountsExport = defineNamespace({
  fr: {
    organisationExport: {
      title: 'Exporter toutes les données',
      intro:
        'Une archive zip de tout ce que l’organisation a créé : projets (territoires, images, récit), diagnostics, plans, modèles avec leurs versions et fichiers, sites et leurs documents, indicateurs et valeurs, sessions de formation. Les personnes y figurent par leur nom et leur adresse e-mail seulement, sans mot de passe.',
      use: 'Gardez-la comme sauvegarde, ou confiez-la à l’administrateur d’une autre instance d’Essaim, qui pourra l’importer.',
      submit: 'Exporter toutes les données',
      progress: 'Préparation de l’archive…',
      progressLabel: 'Téléchargement de l’archive',
      ready: 'Archive prête : {{size}}.',
      download: 'Télécharger à nouveau ({{name}})',
      failed: 'L’export n’a pas abouti : {{message}}',
    },
  },
  en: {
    organisationExport: {
      title: 'Export all data',
      intro:
        'A zip archive of everything the organisation created: projects (territories, images, story), diagnostics, plans, models with their versions and files, sites and their documents, indicators and values, training sessions. People appear by name and e-mail address only, without passwords.',
      use: 'Keep it as a backup, or give it to the administrator of another Essaim instance, who can import it.',
      submit: 'Export all data',
      progress: 'Preparing the archive…',
      progressLabel: 'Downloading the archive',
      ready: 'Archive ready: {{size}}.',
      download: 'Download again ({{name}})',
      failed: 'The export failed: {{message}}',
    },
  },
});
