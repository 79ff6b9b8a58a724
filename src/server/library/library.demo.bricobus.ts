import { DEMO_ORGANISATION_IDS, DEMO_PROJECT_IDS } from './library.demo.data.ts';
import type { CaseStudy } from './library.demo.case-studies.ts';

/** Reference case: the Bricobus of the Compagnons Bâtisseurs. */
export const BRICOBUS: CaseStudy = {
  id: DEMO_PROJECT_IDS.bricobus,
  organisationId: DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl,
  project: {
    title: 'Bricobus : l’atelier mobile d’auto-réhabilitation accompagnée',
    summary:
      'Un camion-atelier avec un animateur technique et un volontaire en service civique aide des ménages modestes à rénover eux-mêmes leur logement, jusqu’à dix jours par chantier. Ce qui marche : il comble les trous des programmes d’amélioration de l’habitat, et les intercommunalités le demandent et le cofinancent. Ce qui coûte : environ 1 000 à 1 200 € de matériaux par chantier, dont le ménage paie 10 %.',
    description:
      'Les matériaux viennent en partie d’une plateforme de réemploi. Le modèle est dupliqué au sein du mouvement des Compagnons Bâtisseurs, à la demande des territoires.',
    themes: ['housing', 'social-ties'],
    publics: ['ménages modestes', 'propriétaires occupants', 'intercommunalités'],
    territories: ['200071850', '45', { type: 'region', code: '24' }],
    phase: 'operation',
    phaseStatus: 'en-cours',
    scalingSituation: 'widen-territory',
    keyFigures: [
      { label: 'Jours d’accompagnement par chantier (au plus)', value: 10, uncertain: false },
      {
        label: 'Matériaux par chantier (environ 1 000 à 1 200 €)',
        value: 1100,
        unit: '€',
        uncertain: true,
      },
      { label: 'Part payée par le ménage', value: 10, unit: '%', uncertain: false },
      { label: 'Prix La France s’engage', value: 150, unit: 'k€', year: 2017, uncertain: false },
      { label: 'Véhicules en circulation (janvier 2021)', value: 19, year: 2021, uncertain: false },
    ],
    evidence: [],
    contacts: [],
    links: [{ label: 'Compagnons Bâtisseurs', url: 'https://www.compagnonsbatisseurs.eu' }],
    visibility: 'public',
    sharedWithOrganisationIds: [],
    isCaseStudy: true,
    isFictional: false,
  },
  story: {
    introduction:
      'Une duplication de type centralisé au sein d’un mouvement national, tirée par les intercommunalités qui cofinancent chaque véhicule.',
    phases: [
      {
        title:
          'Conception du Bricobus (date incertaine : 2014 ; certaines sources datent le lancement de 2016 dans le Pithiverais-Gâtinais)',
        startDate: '2014',
        endDate: '2016',
        description: 'Un atelier mobile pour aller vers les ménages des zones rurales.',
        decisions: [
          'Un binôme animateur technique et volontaire en service civique',
          'Une participation du ménage de 10 % du coût des matériaux',
        ],
        kept: [],
        adapted: [],
      },
      {
        title: 'Prix La France s’engage',
        startDate: '2017',
        endDate: null,
        description: 'Le prix (150 000 €) finance la diffusion du modèle.',
        decisions: [],
        kept: [],
        adapted: [],
      },
      {
        title: '19 véhicules dans plusieurs régions',
        startDate: '2021-01',
        endDate: null,
        description:
          'Dont La Réunion. Chaque nouveau véhicule répond à la demande d’une intercommunalité qui le cofinance.',
        decisions: [],
        kept: ['Le binôme d’accompagnement', 'La participation du ménage'],
        adapted: [
          'Le financement, négocié avec chaque intercommunalité',
          'L’approvisionnement en matériaux selon les plateformes locales',
        ],
      },
    ],
    lessons: [
      'Un service qui comble un manque des dispositifs existants trouve des cofinanceurs locaux.',
      'La demande des territoires (« pull ») rend la duplication plus solide que l’offre seule.',
    ],
    failures: [
      'Aucun échec n’est documenté dans les sources consultées : l’association peut compléter cette partie.',
    ],
    sources: [{ label: 'Compagnons Bâtisseurs', url: 'https://www.compagnonsbatisseurs.eu' }],
  },
};
