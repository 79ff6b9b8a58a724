import type { ProjectInput, StoryInput } from './library.schemas.ts';

/**
 * Demo content of the library. The three reference cases come from public sources (see
 * ../shared/research/domain.md): figures whose sources disagree or are less certain are marked `uncertain`.
 * Every other project is fictional, marked `isFictional` and introduced as « Projet fictif de démonstration ».
 */
export const DEMO_ORGANISATION_IDS = {
  auraEe: 'de0a0000-0000-4000-8000-000000000001',
  centralesVillageoises: 'de0a0000-0000-4000-8000-000000000002',
  eauBassinRennais: 'de0a0000-0000-4000-8000-000000000003',
  terresDeSources: 'de0a0000-0000-4000-8000-000000000004',
  compagnonsBatisseursCvl: 'de0a0000-0000-4000-8000-000000000005',
  reseauFictif: 'de0a0000-0000-4000-8000-000000000006',
  communeFictive: 'de0a0000-0000-4000-8000-000000000007',
  cooperativeFictive: 'de0a0000-0000-4000-8000-000000000008',
  intercoFictive: 'de0a0000-0000-4000-8000-000000000009',
} as const;

export const DEMO_PROJECT_IDS = {
  centralesVillageoises: 'de0b0000-0000-4000-8000-000000000001',
  terresDeSources: 'de0b0000-0000-4000-8000-000000000002',
  bricobus: 'de0b0000-0000-4000-8000-000000000003',
} as const;

/** Fictional projects get ids de0c0000-…-0000000000NN (NN from 01), in the order of FICTIONAL_PROJECTS. */
export function fictionalProjectId(index: number): string {
  return `de0c0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

export const DEMO_ORGANISATIONS: { id: string; name: string; kind: 'association' | 'epci' | 'cooperative' | 'commune' | 'other'; territoryCode: string | null; territoryType: 'commune' | 'epci' | 'departement' | 'region' | null; description: string }[] = [
  { id: DEMO_ORGANISATION_IDS.auraEe, name: 'Auvergne-Rhône-Alpes Énergie Environnement (AURA-EE)', kind: 'association', territoryCode: '84', territoryType: 'region', description: 'Agence régionale de l’énergie et de l’environnement (anciennement Rhônalpénergie-Environnement), à l’origine de l’expérimentation des Centrales Villageoises.' },
  { id: DEMO_ORGANISATION_IDS.centralesVillageoises, name: 'Association nationale des Centrales Villageoises', kind: 'association', territoryCode: '84', territoryType: 'region', description: 'Réseau des sociétés locales de production d’énergie renouvelable citoyenne, créé le 17 mars 2018.' },
  { id: DEMO_ORGANISATION_IDS.eauBassinRennais, name: 'Collectivité Eau du Bassin Rennais', kind: 'epci', territoryCode: '35', territoryType: 'departement', description: 'Syndicat de production et de distribution d’eau potable du bassin rennais.' },
  { id: DEMO_ORGANISATION_IDS.terresDeSources, name: 'SCIC Terres de Sources', kind: 'cooperative', territoryCode: '35', territoryType: 'departement', description: 'Société coopérative d’intérêt collectif créée le 24 février 2022, qui attribue le label Terres de Sources.' },
  { id: DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl, name: 'Compagnons Bâtisseurs Centre-Val de Loire', kind: 'association', territoryCode: '24', territoryType: 'region', description: 'Association d’auto-réhabilitation accompagnée, membre du mouvement des Compagnons Bâtisseurs.' },
  { id: DEMO_ORGANISATION_IDS.reseauFictif, name: 'Réseau fictif des initiatives locales (démonstration)', kind: 'association', territoryCode: null, territoryType: null, description: 'Organisation fictive qui porte les projets de démonstration.' },
  { id: DEMO_ORGANISATION_IDS.communeFictive, name: 'Commune fictive de Val-Démo (démonstration)', kind: 'commune', territoryCode: null, territoryType: null, description: 'Organisation fictive de démonstration.' },
  { id: DEMO_ORGANISATION_IDS.cooperativeFictive, name: 'Coopérative fictive Les Essaims (démonstration)', kind: 'cooperative', territoryCode: null, territoryType: null, description: 'Organisation fictive de démonstration.' },
  { id: DEMO_ORGANISATION_IDS.intercoFictive, name: 'Communauté de communes fictive du Plateau (démonstration)', kind: 'epci', territoryCode: null, territoryType: null, description: 'Organisation fictive de démonstration.' },
];

type CaseStudy = { id: string; organisationId: string; project: Omit<ProjectInput, 'organisationId'>; story: Omit<StoryInput, 'version'>; sharedWith?: string[] };

const AURA_EE = 'https://www.auvergnerhonealpes-ee.fr';

export const CASE_STUDIES: CaseStudy[] = [
  {
    id: DEMO_PROJECT_IDS.centralesVillageoises,
    organisationId: DEMO_ORGANISATION_IDS.centralesVillageoises,
    project: {
      title: 'Centrales Villageoises : des sociétés citoyennes d’énergie renouvelable',
      summary:
        'Des habitants, des collectivités et des entreprises d’un même bassin de vie créent une société locale (SAS ou SCIC-SAS) qui installe des panneaux photovoltaïques sur les toits et réinvestit localement. Ce qui marche : une charte et une marque communes, une boîte à outils mutualisée et le parrainage entre sociétés, qui permettent d’essaimer sans structure centrale lourde. Ce qui coûte : beaucoup de temps bénévole, et une rentabilité modeste (rendement du capital d’environ 2 à 3 %).',
      description:
        'Née en 2010 d’une expérimentation de Rhônalpénergie-Environnement (aujourd’hui AURA-EE) avec cinq parcs naturels régionaux, la démarche s’est diffusée par une **charte** (gouvernance citoyenne, lien avec les collectivités, retombées locales, outils partagés, entraide) et une **marque déposée**.\n\nUn nouveau site suit un parcours en quatre étapes : émergence, animation (groupe local et premier projet), développement (société, études, financement), réalisation ; il adhère à la charte, rencontre des sociétés existantes et bénéficie de leur parrainage.',
      themes: ['energy', 'social-ties'],
      publics: ['habitants', 'collectivités', 'entreprises locales'],
      territories: [{ type: 'region', code: '84' }, '07', '26', '38', '42', '73', '74'],
      phase: 'operation',
      phaseStatus: 'en-cours',
      scalingSituation: 'spread-adapted',
      keyFigures: [
        { label: 'Sociétés créées ou en création (4 régions)', value: 33, year: 2018, uncertain: false, sourceUrl: AURA_EE },
        { label: 'Actionnaires (plus de)', value: 2600, year: 2018, uncertain: false, sourceUrl: AURA_EE },
        { label: 'Installations photovoltaïques mises en service par 15 sociétés', value: 179, year: 2018, uncertain: false, sourceUrl: AURA_EE },
        { label: 'Puissance installée', value: 1.7, unit: 'MWc', year: 2018, uncertain: false, sourceUrl: AURA_EE },
        { label: 'Collectifs locaux', value: 59, year: 2021, uncertain: false },
        { label: 'Sociétés, dans 5 régions (environ)', value: 64, year: 2023, uncertain: true },
        { label: 'Sociétés locales (environ, source moins sûre)', value: 80, year: 2025, uncertain: true },
        { label: 'Rendement du capital (environ, en %)', value: 2.5, unit: '%', uncertain: true },
      ],
      evidence: [{ kind: 'monitoring-data', title: 'Bilan à la création de l’association nationale (2018)', url: AURA_EE, year: 2018 }],
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
      introduction: 'Un modèle d’**essaimage** entre la charte souple et la franchise : chaque société locale reste autonome, la marque, la charte et l’association nationale tiennent l’ensemble.',
      phases: [
        {
          title: 'Expérimentation avec cinq parcs naturels régionaux',
          startDate: '2010',
          endDate: '2015',
          description: 'Rhônalpénergie-Environnement (aujourd’hui AURA-EE) lance l’expérimentation avec les parcs du Vercors, des Bauges, des Monts d’Ardèche, du Pilat et des Baronnies provençales, sur huit sites pilotes.',
          decisions: ['Travailler à l’échelle de plusieurs communes partageant un bassin de vie', 'Installer d’abord sur des toitures', 'Constituer des sociétés locales (SAS ou SCIC-SAS) ouvertes aux habitants'],
          kept: [],
          adapted: [],
        },
        { title: 'Premières installations photovoltaïques', startDate: '2014', endDate: null, description: 'Les premières installations sont mises en service sur les sites pilotes.', decisions: [], kept: [], adapted: [] },
        {
          title: 'Création de l’association nationale',
          startDate: '2018-03-17',
          endDate: null,
          description: 'À sa création : 33 sociétés créées ou en création dans 4 régions, plus de 2 600 actionnaires ; 15 sociétés ont mis en service 179 installations, soit 1,7 MWc.',
          decisions: ['Déposer le nom comme marque', 'Faire adhérer chaque nouveau site à une charte commune', 'Mutualiser une boîte à outils et organiser le parrainage entre sociétés'],
          kept: ['La gouvernance citoyenne', 'Le lien avec les collectivités locales', 'Les retombées locales'],
          adapted: ['La forme juridique de chaque société (SAS ou SCIC-SAS)', 'Les projets, choisis par chaque groupe local'],
        },
        { title: 'Diffusion hors de la région d’origine', startDate: '2021', endDate: null, description: 'On compte 59 collectifs en 2021, puis environ 64 sociétés dans 5 régions vers 2023 et environ 80 sociétés locales en 2025 (chiffres moins sûrs).', decisions: [], kept: ['La charte et la marque'], adapted: ['L’accompagnement des nouveaux sites hors Auvergne-Rhône-Alpes'] },
      ],
      lessons: [
        'Une charte et une marque communes permettent d’essaimer en gardant la cohérence, sans créer de filiales.',
        'Le parrainage par des sociétés déjà en service raccourcit l’apprentissage des nouveaux groupes.',
        'Une boîte à outils mutualisée (statuts, modèles, outils de suivi) réduit le coût de démarrage de chaque site.',
      ],
      failures: ['Aucun échec n’est documenté dans les sources consultées : le réseau peut compléter cette partie.'],
      sources: [
        { label: 'AURA-EE : Centrales Villageoises', url: AURA_EE },
        { label: 'Site des Centrales Villageoises', url: 'https://www.centralesvillageoises.fr' },
      ],
    },
  },
  {
    id: DEMO_PROJECT_IDS.terresDeSources,
    organisationId: DEMO_ORGANISATION_IDS.eauBassinRennais,
    sharedWith: [DEMO_ORGANISATION_IDS.terresDeSources],
    project: {
      title: 'Terres de Sources : protéger l’eau potable par les achats publics alimentaires',
      summary:
        'La Collectivité Eau du Bassin Rennais rémunère les fermes situées en amont des captages pour un service de protection de la ressource en eau, acheté par les cantines et les communes. Ce qui marche : un montage juridique qui rend possible un critère territorial dans la commande publique, puis une SCIC qui porte le label. Ce qui coûte : un long travail juridique et d’animation avant les premiers contrats.',
      description:
        'Les acheteurs publics n’achètent pas des produits « locaux » (critère interdit) mais un **service de protection de la ressource en eau**, que seules les exploitations situées en amont des prises d’eau potable peuvent fournir.\n\nLe cahier des charges interdit certains pesticides, les antibiotiques en préventif, et impose une alimentation animale sans OGM ni huile de palme.',
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
        { label: 'Financement « Territoires d’innovation »', value: 20.6, unit: 'M€', year: 2019, uncertain: false },
        { label: 'Associés de la SCIC à sa création', value: 110, year: 2022, uncertain: false },
        { label: 'Fermes engagées (environ)', value: 120, year: 2022, uncertain: true },
        { label: 'Part en agriculture biologique (environ)', value: 70, unit: '%', year: 2022, uncertain: true },
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
      introduction: 'Un changement d’échelle en deux mouvements : élargir le public (plus d’acheteurs, puis des magasins) sur les mêmes bassins, et faire évoluer les règles par une innovation dans la commande publique et une SCIC.',
      phases: [
        { title: 'Premier marché public avec la Ville de Rennes', startDate: '2015', endDate: null, description: 'Un premier marché de trois ans, avec trois producteurs.', decisions: ['Acheter un service de protection de la ressource en eau plutôt que des produits'], kept: [], adapted: [] },
        { title: 'Deuxième marché, avec 15 communes', startDate: '2017', endDate: null, description: 'Le dispositif s’ouvre aux communes du bassin.', decisions: [], kept: ['Le montage juridique du premier marché'], adapted: ['Le nombre et la taille des acheteurs'] },
        { title: 'Lauréat « Territoires d’innovation »', startDate: '2019-09', endDate: null, description: '20,6 millions d’euros pour changer d’échelle. En 2019, 20 fermes et 14 communes sont engagées.', decisions: [], kept: [], adapted: [] },
        {
          title: 'Création de la SCIC Terres de Sources',
          startDate: '2022-02-24',
          endDate: null,
          description: 'La SCIC réunit 110 associés et attribue désormais le label. Vers 2022, environ 120 fermes (dont environ 70 % en bio) et une soixantaine de communes ; produits présents dans 37 magasins.',
          decisions: ['Confier le label à une société coopérative d’intérêt collectif'],
          kept: ['Le cahier des charges', 'Le lien avec les captages d’eau potable'],
          adapted: ['La gouvernance, ouverte aux producteurs, aux acheteurs et aux habitants', 'La distribution, élargie aux magasins'],
        },
      ],
      lessons: ['Un critère interdit (« local ») peut être remplacé par un besoin légitime de l’acheteur (protéger son eau) que seules certaines fermes peuvent satisfaire.', 'Commencer par un acheteur pilote (la Ville) a permis de tester le montage avant de l’ouvrir.'],
      failures: ['Aucun échec n’est documenté dans les sources consultées : la collectivité peut compléter cette partie.'],
      sources: [{ label: 'Terres de Sources', url: 'https://www.terresdesources.fr' }],
    },
  },
  {
    id: DEMO_PROJECT_IDS.bricobus,
    organisationId: DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl,
    project: {
      title: 'Bricobus : l’atelier mobile d’auto-réhabilitation accompagnée',
      summary:
        'Un camion-atelier avec un animateur technique et un volontaire en service civique aide des ménages modestes à rénover eux-mêmes leur logement, jusqu’à dix jours par chantier. Ce qui marche : il comble les trous des programmes d’amélioration de l’habitat, et les intercommunalités le demandent et le cofinancent. Ce qui coûte : environ 1 000 à 1 200 € de matériaux par chantier, dont le ménage paie 10 %.',
      description: 'Les matériaux viennent en partie d’une plateforme de réemploi. Le modèle est dupliqué au sein du mouvement des Compagnons Bâtisseurs, à la demande des territoires.',
      themes: ['housing', 'social-ties'],
      publics: ['ménages modestes', 'propriétaires occupants', 'intercommunalités'],
      territories: ['200071850', '45', { type: 'region', code: '24' }],
      phase: 'operation',
      phaseStatus: 'en-cours',
      scalingSituation: 'widen-territory',
      keyFigures: [
        { label: 'Jours d’accompagnement par chantier (au plus)', value: 10, uncertain: false },
        { label: 'Matériaux par chantier (environ 1 000 à 1 200 €)', value: 1100, unit: '€', uncertain: true },
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
      introduction: 'Une duplication de type centralisé au sein d’un mouvement national, tirée par les intercommunalités qui cofinancent chaque véhicule.',
      phases: [
        { title: 'Conception du Bricobus (date incertaine : 2014 ; certaines sources datent le lancement de 2016 dans le Pithiverais-Gâtinais)', startDate: '2014', endDate: '2016', description: 'Un atelier mobile pour aller vers les ménages des zones rurales.', decisions: ['Un binôme animateur technique et volontaire en service civique', 'Une participation du ménage de 10 % du coût des matériaux'], kept: [], adapted: [] },
        { title: 'Prix La France s’engage', startDate: '2017', endDate: null, description: 'Le prix (150 000 €) finance la diffusion du modèle.', decisions: [], kept: [], adapted: [] },
        { title: '19 véhicules dans plusieurs régions', startDate: '2021-01', endDate: null, description: 'Dont La Réunion. Chaque nouveau véhicule répond à la demande d’une intercommunalité qui le cofinance.', decisions: [], kept: ['Le binôme d’accompagnement', 'La participation du ménage'], adapted: ['Le financement, négocié avec chaque intercommunalité', 'L’approvisionnement en matériaux selon les plateformes locales'] },
      ],
      lessons: ['Un service qui comble un manque des dispositifs existants trouve des cofinanceurs locaux.', 'La demande des territoires (« pull ») rend la duplication plus solide que l’offre seule.'],
      failures: ['Aucun échec n’est documenté dans les sources consultées : l’association peut compléter cette partie.'],
      sources: [{ label: 'Compagnons Bâtisseurs', url: 'https://www.compagnonsbatisseurs.eu' }],
    },
  },
];

type Fictional = [title: string, themes: ProjectInput['themes'], commune: string, phase: ProjectInput['phase'], status: ProjectInput['phaseStatus'], situation: ProjectInput['scalingSituation'], summary: string, organisation: keyof typeof DEMO_ORGANISATION_IDS];

export const FICTIONAL_PROJECTS: Fictional[] = [
  ['Toits solaires des écoles de Brest', ['energy'], '29019', 'operation', 'en-cours', 'widen-territory', 'Des parents et la commune financent des panneaux sur six écoles ; les délais de raccordement ont retardé la moitié des chantiers.', 'cooperativeFictive'],
  ['Chaufferie bois collective de Privas', ['energy', 'environment'], '07186', 'etude', 'en-cours', null, 'Une étude de faisabilité pour chauffer l’hôpital et deux collèges au bois local ; l’approvisionnement reste à sécuriser.', 'communeFictive'],
  ['Défi des familles économes en énergie à Clermont-Ferrand', ['energy', 'social-ties'], '63113', 'operation', 'termine', 'change-culture', 'Quarante familles ont réduit leur consommation d’énergie de 12 % en moyenne ; l’essoufflement après la première saison a été réel.', 'reseauFictif'],
  ['Méthaniseur agricole partagé du Lot', ['energy', 'food-agriculture'], '46042', 'etude', 'en-pause', null, 'Six fermes étudient un méthaniseur commun ; le projet est en pause faute d’accord sur le plan d’épandage.', 'cooperativeFictive'],
  ['Récupération d’eau de pluie dans les jardins partagés de Nîmes', ['water', 'environment'], '30189', 'operation', 'en-cours', 'widen-public', 'Des cuves installées dans huit jardins couvrent la moitié des besoins d’arrosage d’été.', 'reseauFictif'],
  ['Protection des captages de Mende', ['water', 'food-agriculture'], '48095', 'idee', 'en-cours', 'change-rules', 'Une idée inspirée des paiements pour services environnementaux : rémunérer les éleveurs qui protègent les sources.', 'intercoFictive'],
  ['Fontaines et gourdes dans les lycées de Perpignan', ['water', 'health'], '66136', 'operation', 'en-retard', null, 'Vingt fontaines prévues, douze posées ; le retard vient des marchés de plomberie.', 'communeFictive'],
  ['Légumerie solidaire de Bourges', ['food-agriculture', 'employment-integration'], '18033', 'operation', 'en-cours', 'widen-territory', 'Un chantier d’insertion épluche et découpe les légumes locaux pour les cantines ; le modèle économique dépend encore des subventions.', 'reseauFictif'],
  ['Épicerie itinérante du Plateau', ['food-agriculture', 'social-ties'], '15014', 'operation', 'en-cours', 'spread-adapted', 'Un camion dessert quatorze hameaux chaque semaine ; la tournée du jeudi n’est pas rentable.', 'intercoFictive'],
  ['Cantine 100 % locale à Angers', ['food-agriculture', 'health'], '49007', 'operation', 'termine', 'change-rules', 'La cuisine centrale atteint 60 % de produits locaux grâce à des lots de marché plus petits.', 'communeFictive'],
  ['Jardins nourriciers au pied des immeubles de Lille', ['food-agriculture', 'social-ties'], '59350', 'operation', 'en-cours', 'widen-public', 'Des bacs cultivés par les habitants de trois quartiers ; le vandalisme a touché un site sur trois la première année.', 'reseauFictif'],
  ['Habitat participatif senior de Poitiers', ['housing', 'social-ties'], '86194', 'etude', 'en-cours', null, 'Douze retraités conçoivent un habitat groupé avec un bailleur social ; le foncier n’est pas encore trouvé.', 'cooperativeFictive'],
  ['Colocations solidaires étudiants-seniors à Nancy', ['housing', 'social-ties'], '54395', 'operation', 'en-cours', 'widen-territory', 'Soixante binômes logés en 2025 ; les ruptures de cohabitation sont rares mais coûteuses à gérer.', 'reseauFictif'],
  ['Rénovation énergétique des logements de Guéret', ['housing', 'energy'], '23096', 'operation', 'en-retard', 'widen-public', 'Un guichet unique accompagne les propriétaires modestes ; le manque d’artisans allonge les délais.', 'intercoFictive'],
  ['Logements passerelles pour saisonniers à Gap', ['housing', 'employment-integration'], '05061', 'idee', 'en-cours', null, 'Transformer d’anciens logements de fonction en logements pour les travailleurs saisonniers.', 'communeFictive'],
  ['Transport à la demande rural de Foix', ['mobility', 'social-ties'], '09122', 'operation', 'en-cours', 'widen-territory', 'Un minibus sur réservation relie douze villages au marché et à la gare ; coût par trajet encore élevé.', 'intercoFictive'],
  ['Vélos cargos partagés à Strasbourg', ['mobility', 'environment'], '67482', 'operation', 'en-cours', 'widen-public', 'Trente vélos cargos en libre-service pour les familles et les artisans ; l’entretien pèse lourd.', 'cooperativeFictive'],
  ['Garage solidaire de Montluçon', ['mobility', 'employment-integration'], '03185', 'operation', 'en-cours', 'spread-adapted', 'Réparations à prix coûtant pour les personnes en insertion ; le modèle a été repris dans deux villes voisines.', 'reseauFictif'],
  ['Autopartage entre voisins à Vannes', ['mobility'], '56260', 'operation', 'abandonne', null, 'Abandonné après deux ans : trop peu de voitures mises en partage, assurance complexe.', 'reseauFictif'],
  ['Covoiturage domicile-travail de la zone d’activités de Chaumont', ['mobility', 'employment-integration'], '52121', 'etude', 'bloque', null, 'Bloqué : les employeurs n’ont pas accepté de partager les horaires de travail.', 'intercoFictive'],
  ['Chantier d’insertion bâtiment à Saint-Denis (La Réunion)', ['employment-integration', 'housing'], '97411', 'operation', 'en-cours', 'widen-territory', 'Des demandeurs d’emploi se forment en réhabilitant des cases anciennes ; 55 % d’accès à l’emploi à six mois.', 'reseauFictif'],
  ['Emploi pour les chômeurs de longue durée à Verdun', ['employment-integration', 'social-ties'], '55545', 'operation', 'en-cours', 'change-rules', 'Une entreprise à but d’emploi embauche en CDI ; les activités utiles mais non concurrentielles sont difficiles à trouver.', 'communeFictive'],
  ['Conciergerie d’entreprises en insertion à Rouen', ['employment-integration'], '76540', 'operation', 'en-pause', null, 'En pause depuis le départ du principal client ; l’équipe cherche un second site.', 'cooperativeFictive'],
  ['Maison de santé pluriprofessionnelle d’Aurillac', ['health'], '15014', 'operation', 'en-cours', 'widen-public', 'Médecins, infirmiers et kinés partagent un lieu et un projet de santé ; le recrutement de médecins reste fragile.', 'intercoFictive'],
  ['Bus de prévention santé en Meuse', ['health', 'social-ties'], '55545', 'operation', 'en-cours', 'widen-territory', 'Un bus de dépistage et de prévention passe dans trente communes ; l’hôpital de Verdun prête le personnel.', 'reseauFictif'],
  ['Hôpital de jour mobile pour les personnes âgées à Cahors', ['health'], '46042', 'idee', 'en-cours', null, 'Une équipe gériatrique itinérante pour éviter des hospitalisations ; le financement n’est pas trouvé.', 'reseauFictif'],
  ['Sport sur ordonnance à Reims', ['health', 'social-ties'], '51454', 'operation', 'termine', 'change-culture', 'Trois cents patients orientés par leur médecin en trois ans ; l’abandon au bout de six mois reste élevé.', 'communeFictive'],
  ['Musée numérique itinérant dans l’Aude', ['culture', 'digital'], '11069', 'operation', 'en-cours', 'spread-adapted', 'Un musée numérique itinérant dans une salle des fêtes ; la fréquentation baisse hors vacances scolaires.', 'communeFictive'],
  ['Résidences d’artistes dans les fermes du Périgord', ['culture', 'food-agriculture'], '24322', 'operation', 'en-cours', 'widen-public', 'Des artistes vivent un mois dans une ferme et créent avec les habitants ; trois fermes sur dix ont renouvelé.', 'reseauFictif'],
  ['Bibliothèque d’objets à Tours', ['culture', 'environment', 'social-ties'], '37261', 'operation', 'en-cours', 'widen-territory', 'Prêt d’outils et d’objets du quotidien ; 800 adhérents, des bénévoles fatigués.', 'cooperativeFictive'],
  ['Orchestre de quartier à Marseille', ['culture', 'social-ties'], '13055', 'operation', 'en-cours', 'spread-adapted', 'Des enfants apprennent un instrument en orchestre, quatre soirs par semaine ; le modèle vient d’un autre pays et a été adapté.', 'reseauFictif'],
  ['Médiation numérique en mairie à Mont-de-Marsan', ['digital', 'social-ties'], '40192', 'operation', 'en-cours', 'widen-public', 'Des conseillers numériques aident aux démarches en ligne ; les rendez-vous sont pleins trois semaines à l’avance.', 'communeFictive'],
  ['Reconditionnement d’ordinateurs par des jeunes à Amiens', ['digital', 'employment-integration', 'environment'], '80021', 'operation', 'en-cours', 'widen-territory', 'Des jeunes en insertion reconditionnent les ordinateurs des administrations et les donnent aux familles.', 'cooperativeFictive'],
  ['Tiers-lieu numérique rural de Digne-les-Bains', ['digital', 'employment-integration'], '04070', 'etude', 'en-retard', null, 'Un espace de coworking et de formation ; l’étude de marché a pris du retard.', 'intercoFictive'],
  ['Café des aidants à Chambéry', ['social-ties', 'health'], '73065', 'operation', 'en-cours', 'widen-territory', 'Un rendez-vous mensuel pour les proches aidants ; difficile de toucher les aidants qui travaillent.', 'reseauFictif'],
  ['Réseau de visiteurs bénévoles contre l’isolement à Limoges', ['social-ties'], '87085', 'operation', 'en-cours', 'spread-adapted', 'Des bénévoles rendent visite chaque semaine à 120 personnes isolées ; recruter de nouveaux bénévoles est la priorité.', 'reseauFictif'],
  ['Repair café intercommunal du Pays d’Arras', ['environment', 'social-ties'], '62041', 'operation', 'en-cours', 'widen-territory', 'Un atelier de réparation tourne entre six communes ; 70 % des objets apportés repartent réparés.', 'intercoFictive'],
  ['Restauration de haies bocagères à Saint-Brieuc', ['environment', 'food-agriculture', 'water'], '22278', 'operation', 'en-cours', 'widen-public', 'Quarante kilomètres de haies replantées avec les agriculteurs ; l’entretien après trois ans n’est pas financé.', 'cooperativeFictive'],
  ['Zéro déchet dans les marchés de Toulon', ['environment'], '83137', 'operation', 'termine', 'change-culture', 'Consignes et contenants réutilisables sur quatre marchés ; la consigne des bocaux n’a pas pris.', 'communeFictive'],
  ['Ateliers climat pour les élus à Grenoble', ['environment', 'culture'], '38185', 'operation', 'en-cours', 'change-culture', 'Des ateliers pour élus et agents ; mesurer l’effet sur les décisions reste difficile.', 'reseauFictif'],
  ['Atelier de couture solidaire à Fort-de-France', ['employment-integration', 'culture'], '97209', 'operation', 'en-cours', null, 'Des couturières en insertion produisent pour les associations locales.', 'reseauFictif'],
  ['Groupement d’achat de fournitures des communes de Corse-du-Sud', ['other'], '2A004', 'idee', 'en-cours', null, 'Une centrale d’achat partagée entre petites communes ; en discussion.', 'intercoFictive'],
];
