import { defineNamespace } from '../../../i18n/define-namespace.ts';

// Import of projects from a file.
export const libraryImport = defineNamespace({
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
  },
});
