import { defineNamespace } from '../../../i18n/define-namespace.ts';

// The open-data page: licence, contents and downloads of the public records.
export const libraryOpenData = defineNamespace({
  fr: {
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
