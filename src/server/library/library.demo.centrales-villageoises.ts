import { DEMO_ORGANISATION_IDS, DEMO_PROJECT_IDS } from './library.demo.data.ts';
import type { CaseStudy } from './library.demo.case-studies.ts';

/** Reference case: the Centrales Villageoises, from AURA-EE's public documents. */
const AURA_EE = 'https://www.auvergnerhonealpes-ee.fr';

export const CENTRALES_VILLAGEOISES: CaseStudy = {
  id: DEMO_PROJECT_IDS.centralesVillageoises,
  organisationId: DEMO_ORGANISATION_IDS.centralesVillageoises,
  project: {
    title: 'Centrales Villageoises : des sociétés citoyennes d’énergie renouvelable',
    summary:
      'Des habitants, des collectivités et des entreprises d’un même bassin de vie créent une société locale (SAS ou SCIC-SAS) qui installe des panneaux photovoltaïques sur les toits et réinvestit localement. Ce qui marche : une charte et une marque communes, une boîte à outils mutualisée et le parrainage entre sociétés, qui permettent d’essaimer sans structure centrale lourde. Ce qui coûte : beaucoup de temps bénévole, et une rentabilité modeste (rendement du capital d’environ 2 à 3 %).',
    description:
      'Née en 2010 d’une expérimentation de Rhônalpénergie-Environnement (aujourd’hui AURA-EE) avec cinq parcs naturels régionaux, la démarche s’est diffusée par une **charte** (gouvernance citoyenne, lien avec les collectivités, retombées locales, outils partagés, entraide) et une **marque déposée**.\n\nUn nouveau site suit un parcours en quatre étapes : émergence, animation (groupe local et premier projet), développement (société, études, financement), réalisation ; il adhère à la charte, rencontre des sociétés existantes et bénéficie de leur parrainage.',
    themes: ['energy', 'social-ties'],
    publics: ['habitants', 'collectivités', 'entreprises locales'],
    territories: [{ type: 'region', code: '84' }, '07', '26', '38', '42', '73', '74'],
    phase: 'operation',
    phaseStatus: 'en-cours',
    scalingSituation: 'spread-adapted',
    keyFigures: [
      {
        label: 'Sociétés créées ou en création (4 régions)',
        value: 33,
        year: 2018,
        uncertain: false,
        sourceUrl: AURA_EE,
      },
      { label: 'Actionnaires (plus de)', value: 2600, year: 2018, uncertain: false, sourceUrl: AURA_EE },
      {
        label: 'Installations photovoltaïques mises en service par 15 sociétés',
        value: 179,
        year: 2018,
        uncertain: false,
        sourceUrl: AURA_EE,
      },
      {
        label: 'Puissance installée',
        value: 1.7,
        unit: 'MWc',
        year: 2018,
        uncertain: false,
        sourceUrl: AURA_EE,
      },
      { label: 'Collectifs locaux', value: 59, year: 2021, uncertain: false },
      { label: 'Sociétés, dans 5 régions (environ)', value: 64, year: 2023, uncertain: true },
      { label: 'Sociétés locales (environ, source moins sûre)', value: 80, year: 2025, uncertain: true },
      { label: 'Rendement du capital (environ, en %)', value: 2.5, unit: '%', uncertain: true },
    ],
    evidence: [
      {
        kind: 'monitoring-data',
        title: 'Bilan à la création de l’association nationale (2018)',
        url: AURA_EE,
        year: 2018,
      },
    ],
    contacts: [],
    links: [
      { label: 'AURA-EE', url: AURA_EE },
      { label: 'Centrales Villageoises', url: 'https://www.centralesvillageoises.fr' },
    ],
    visibility: 'public',
    sharedWithOrganisationIds: [],
    isCaseStudy: true,
    isFictional: false,
  },
  story: {
    introduction:
      'Un modèle d’**essaimage** entre la charte souple et la franchise : chaque société locale reste autonome, la marque, la charte et l’association nationale tiennent l’ensemble.',
    phases: [
      {
        title: 'Expérimentation avec cinq parcs naturels régionaux',
        startDate: '2010',
        endDate: '2015',
        description:
          'Rhônalpénergie-Environnement (aujourd’hui AURA-EE) lance l’expérimentation avec les parcs du Vercors, des Bauges, des Monts d’Ardèche, du Pilat et des Baronnies provençales, sur huit sites pilotes.',
        decisions: [
          'Travailler à l’échelle de plusieurs communes partageant un bassin de vie',
          'Installer d’abord sur des toitures',
          'Constituer des sociétés locales (SAS ou SCIC-SAS) ouvertes aux habitants',
        ],
        kept: [],
        adapted: [],
      },
      {
        title: 'Premières installations photovoltaïques',
        startDate: '2014',
        endDate: null,
        description: 'Les premières installations sont mises en service sur les sites pilotes.',
        decisions: [],
        kept: [],
        adapted: [],
      },
      {
        title: 'Création de l’association nationale',
        startDate: '2018-03-17',
        endDate: null,
        description:
          'À sa création : 33 sociétés créées ou en création dans 4 régions, plus de 2 600 actionnaires ; 15 sociétés ont mis en service 179 installations, soit 1,7 MWc.',
        decisions: [
          'Déposer le nom comme marque',
          'Faire adhérer chaque nouveau site à une charte commune',
          'Mutualiser une boîte à outils et organiser le parrainage entre sociétés',
        ],
        kept: ['La gouvernance citoyenne', 'Le lien avec les collectivités locales', 'Les retombées locales'],
        adapted: [
          'La forme juridique de chaque société (SAS ou SCIC-SAS)',
          'Les projets, choisis par chaque groupe local',
        ],
      },
      {
        title: 'Diffusion hors de la région d’origine',
        startDate: '2021',
        endDate: null,
        description:
          'On compte 59 collectifs en 2021, puis environ 64 sociétés dans 5 régions vers 2023 et environ 80 sociétés locales en 2025 (chiffres moins sûrs).',
        decisions: [],
        kept: ['La charte et la marque'],
        adapted: ['L’accompagnement des nouveaux sites hors Auvergne-Rhône-Alpes'],
      },
    ],
    lessons: [
      'Une charte et une marque communes permettent d’essaimer en gardant la cohérence, sans créer de filiales.',
      'Le parrainage par des sociétés déjà en service raccourcit l’apprentissage des nouveaux groupes.',
      'Une boîte à outils mutualisée (statuts, modèles, outils de suivi) réduit le coût de démarrage de chaque site.',
    ],
    failures: [
      'Aucun échec n’est documenté dans les sources consultées : le réseau peut compléter cette partie.',
    ],
    sources: [
      { label: 'AURA-EE : Centrales Villageoises', url: AURA_EE },
      { label: 'Site des Centrales Villageoises', url: 'https://www.centralesvillageoises.fr' },
    ],
  },
};
