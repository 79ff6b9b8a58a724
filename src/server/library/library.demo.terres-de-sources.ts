import { DEMO_ORGANISATION_IDS, DEMO_PROJECT_IDS } from './library.demo.data.ts';
import type { CaseStudy } from './library.demo.case-studies.ts';

/** Reference case: Terres de Sources (Eau du Bassin Rennais). */
export const TERRES_DE_SOURCES: CaseStudy = {
  id: DEMO_PROJECT_IDS.terresDeSources,
  organisationId: DEMO_ORGANISATION_IDS.eauBassinRennais,
  sharedWith: [DEMO_ORGANISATION_IDS.terresDeSources],
  project: {
    title: 'Terres de Sources : protéger l’eau potable par les achats publics alimentaires',
    summary:
      'La Collectivité Eau du Bassin Rennais rémunère les fermes situées en amont des captages pour un service de protection de la ressource en eau, acheté par les cantines et les communes. Ce qui marche : un montage juridique qui rend possible un critère territorial dans la commande publique, puis une SCIC qui porte le label. Ce qui coûte : un long travail juridique et d’animation avant les premiers contrats.',
    description:
      'Les acheteurs publics n’achètent pas des produits « locaux » (critère interdit) mais un **service de protection de la ressource en eau**, que seules les exploitations situées en amont des prises d’eau potable peuvent fournir.\n\nLe cahier des charges interdit certains pesticides, les antibiotiques en préventif, et impose une alimentation animale sans OGM ni huile de palme.',
    themes: ['water', 'food-agriculture', 'environment'],
    publics: ['agriculteurs', 'restauration collective', 'communes', 'habitants'],
    territories: ['243500139', '35'],
    phase: 'operation',
    phaseStatus: 'en-cours',
    scalingSituation: 'widen-public',
    keyFigures: [
      { label: 'Habitants desservis en eau (environ)', value: 500000, uncertain: true },
      { label: 'Surface des bassins de captage (environ)', value: 1500, unit: 'km²', uncertain: true },
      { label: 'Exploitations sur les bassins (fourchette 2 000 à 3 000)', value: 2500, uncertain: true },
      {
        label: 'Financement « Territoires d’innovation »',
        value: 20.6,
        unit: 'M€',
        year: 2019,
        uncertain: false,
      },
      { label: 'Associés de la SCIC à sa création', value: 110, year: 2022, uncertain: false },
      { label: 'Fermes engagées (environ)', value: 120, year: 2022, uncertain: true },
      {
        label: 'Part en agriculture biologique (environ)',
        value: 70,
        unit: '%',
        year: 2022,
        uncertain: true,
      },
      { label: 'Communes engagées (environ)', value: 60, year: 2022, uncertain: true },
      { label: 'Magasins distribuant les produits', value: 37, uncertain: false },
    ],
    evidence: [],
    contacts: [],
    links: [{ label: 'Terres de Sources', url: 'https://www.terresdesources.fr' }],
    visibility: 'public',
    sharedWithOrganisationIds: [],
    isCaseStudy: true,
    isFictional: false,
  },
  story: {
    introduction:
      'Un changement d’échelle en deux mouvements : élargir le public (plus d’acheteurs, puis des magasins) sur les mêmes bassins, et faire évoluer les règles par une innovation dans la commande publique et une SCIC.',
    phases: [
      {
        title: 'Premier marché public avec la Ville de Rennes',
        startDate: '2015',
        endDate: null,
        description: 'Un premier marché de trois ans, avec trois producteurs.',
        decisions: ['Acheter un service de protection de la ressource en eau plutôt que des produits'],
        kept: [],
        adapted: [],
      },
      {
        title: 'Deuxième marché, avec 15 communes',
        startDate: '2017',
        endDate: null,
        description: 'Le dispositif s’ouvre aux communes du bassin.',
        decisions: [],
        kept: ['Le montage juridique du premier marché'],
        adapted: ['Le nombre et la taille des acheteurs'],
      },
      {
        title: 'Lauréat « Territoires d’innovation »',
        startDate: '2019-09',
        endDate: null,
        description:
          '20,6 millions d’euros pour changer d’échelle. En 2019, 20 fermes et 14 communes sont engagées.',
        decisions: [],
        kept: [],
        adapted: [],
      },
      {
        title: 'Création de la SCIC Terres de Sources',
        startDate: '2022-02-24',
        endDate: null,
        description:
          'La SCIC réunit 110 associés et attribue désormais le label. Vers 2022, environ 120 fermes (dont environ 70 % en bio) et une soixantaine de communes ; produits présents dans 37 magasins.',
        decisions: ['Confier le label à une société coopérative d’intérêt collectif'],
        kept: ['Le cahier des charges', 'Le lien avec les captages d’eau potable'],
        adapted: [
          'La gouvernance, ouverte aux producteurs, aux acheteurs et aux habitants',
          'La distribution, élargie aux magasins',
        ],
      },
    ],
    lessons: [
      'Un critère interdit (« local ») peut être remplacé par un besoin légitime de l’acheteur (protéger son eau) que seules certaines fermes peuvent satisfaire.',
      'Commencer par un acheteur pilote (la Ville) a permis de tester le montage avant de l’ouvrir.',
    ],
    failures: [
      'Aucun échec n’est documenté dans les sources consultées : la collectivité peut compléter cette partie.',
    ],
    sources: [{ label: 'Terres de Sources', url: 'https://www.terresdesources.fr' }],
  },
};
