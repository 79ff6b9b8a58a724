import { defineNamespace } from '../../../i18n/define-namespace.ts';

// Import of projects from a file, and the open-data export.
export const libraryTransfer = defineNamespace({
  fr: {
    import: {
      title: 'Importer des fiches',
      intro:
        'Importez un tableur ou un fichier JSON. Rien n’est enregistré avant votre confirmation : un premier passage vérifie chaque ligne et liste celles qui seraient refusées.',
      formats:
        'CSV en UTF-8 (avec ou sans BOM), séparé par des points-virgules ou des virgules, comme l’enregistrent les tableurs ; ou JSON (un tableau de fiches).',
      organisation: 'Organisation à qui rattacher les fiches',
      file: 'Fichier à importer',
      clearFile: 'Retirer le fichier choisi',
      check: 'Vérifier le fichier',
      checking: 'Vérification…',
      summary_one: '{{valid}} ligne valide sur {{count}}.',
      summary_other: '{{valid}} lignes valides sur {{count}}.',
      duplicates_one: '{{count}} ligne déjà présente (même titre, organisation et territoire) sera ignorée.',
      duplicates_other:
        '{{count}} lignes déjà présentes (même titre, organisation et territoire) seront ignorées.',
      rejectedTitle: 'Lignes refusées',
      rejectedCaption: 'Lignes refusées, avec le champ en cause et la raison',
      line: 'Ligne',
      field: 'Champ',
      reason: 'Raison',
      noneRejected: 'Aucune ligne refusée.',
      confirm_one: 'Importer la ligne valide',
      confirm_other: 'Importer les {{count}} lignes valides',
      importing: 'Import en cours…',
      done_one: '{{count}} fiche importée, en brouillon.',
      done_other: '{{count}} fiches importées, en brouillon.',
      progress: 'Progression de l’import',
      serverProgress: 'Traitement du fichier par le serveur',
      serverPercent: 'Fichier traité à {{percent}}\u00a0%.',
      seeMine: 'Voir mes projets',
      nothingValid: 'Aucune ligne n’est valide : corrigez le fichier et vérifiez-le de nouveau.',
    },
    openData: {
      title: 'Données ouvertes',
      intro:
        'Les fiches publiques de la bibliothèque sont publiées en données ouvertes, pour que chacun puisse les réutiliser, les croiser et les cartographier.',
      licenceTitle: 'Licence',
      licence:
        'Les données sont diffusées sous la Licence Ouverte 2.0 (Etalab) : vous pouvez les copier, les modifier et les rediffuser, y compris à des fins commerciales, en mentionnant la source (« Essaim ») et la date de mise à jour.',
      licenceLink: 'Lire la Licence Ouverte 2.0',
      contentTitle: 'Ce que contiennent les fichiers',
      content: [
        'seulement les fiches publiques et publiées : les fiches privées, partagées ou en brouillon n’y figurent jamais',
        'les thèmes, l’étape, les territoires avec leurs codes INSEE, les chiffres clés et les liens',
        'pas les coordonnées personnelles des contacts',
        'les projets fictifs de démonstration sont signalés par une colonne dédiée',
      ],
      downloadsTitle: 'Télécharger',
      csv: 'Fiches au format CSV (UTF-8, séparateur point-virgule)',
      json: 'Fiches au format JSON',
      schema: 'Description des colonnes (Table Schema, datapackage.json)',
      apiTitle: 'API de lecture',
      api: 'Les mêmes données sont disponibles par l’API, documentée dans la référence :',
      apiLink: 'Référence de l’API',
    },
  },
  en: {
    import: {
      title: 'Import records',
      intro:
        'Import a spreadsheet or a JSON file. Nothing is saved before you confirm: a first pass checks every row and lists those that would be refused.',
      formats:
        'CSV in UTF-8 (with or without BOM), separated by semicolons or commas, as spreadsheets save it; or JSON (an array of records).',
      organisation: 'Organisation the records belong to',
      file: 'File to import',
      clearFile: 'Remove the chosen file',
      check: 'Check the file',
      checking: 'Checking…',
      summary_one: '{{valid}} valid row out of {{count}}.',
      summary_other: '{{valid}} valid rows out of {{count}}.',
      duplicates_one:
        '{{count}} row already present (same title, organisation and territory) will be skipped.',
      duplicates_other:
        '{{count}} rows already present (same title, organisation and territory) will be skipped.',
      rejectedTitle: 'Refused rows',
      rejectedCaption: 'Refused rows, with the field at fault and the reason',
      line: 'Line',
      field: 'Field',
      reason: 'Reason',
      noneRejected: 'No row refused.',
      confirm_one: 'Import the valid row',
      confirm_other: 'Import the {{count}} valid rows',
      importing: 'Importing…',
      done_one: '{{count}} record imported, as a draft.',
      done_other: '{{count}} records imported, as drafts.',
      progress: 'Import progress',
      serverProgress: 'File processed by the server',
      serverPercent: 'File {{percent}}% processed.',
      seeMine: 'See my projects',
      nothingValid: 'No row is valid: fix the file and check it again.',
    },
    openData: {
      title: 'Open data',
      intro:
        'The public records of the library are published as open data, so that anyone can reuse, combine and map them.',
      licenceTitle: 'Licence',
      licence:
        'The data is released under the Licence Ouverte 2.0 (Etalab): you may copy, modify and redistribute it, including for commercial purposes, as long as you credit the source (“Essaim”) and the date of the last update.',
      licenceLink: 'Read the Licence Ouverte 2.0',
      contentTitle: 'What the files contain',
      content: [
        'only public, published records: private, shared or draft records are never included',
        'themes, stage, territories with their INSEE codes, key figures and links',
        'not the personal details of contacts',
        'fictional demonstration projects are flagged in a dedicated column',
      ],
      downloadsTitle: 'Download',
      csv: 'Records as CSV (UTF-8, semicolon separator)',
      json: 'Records as JSON',
      schema: 'Description of the columns (Table Schema, datapackage.json)',
      apiTitle: 'Read API',
      api: 'The same data is available through the API, documented in the reference:',
      apiLink: 'API reference',
    },
  },
});
