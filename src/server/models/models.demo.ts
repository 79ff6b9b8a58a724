import { modelContent, type ModelContent } from '../../core/models/model.schemas.ts';
import { findMissingRequiredBlocks } from '../../core/models/publish.ts';
import type { AppContext } from '../context.ts';
import { DEMO_PROJECT_IDS } from '../library/library.demo.ts';

/**
 * Demo transfer kits of the three reference cases, written from ../shared/research/domain.md. Facts the sources do
 * not settle are marked « incertain » (figures) or said to be so in the text. Each is published as version 1.
 */
export const DEMO_MODEL_IDS = {
  centralesVillageoises: 'de0d0000-0000-4000-8000-000000000001',
  terresDeSources: 'de0d0000-0000-4000-8000-000000000002',
  bricobus: 'de0d0000-0000-4000-8000-000000000003',
} as const;

const el = (
  id: string,
  title: string,
  kind: 'fixed' | 'adaptable',
  text: { description?: string; why?: string; options?: string[]; limits?: string; examples?: string[] },
  evidenceLevel: ModelContent['elements'][number]['evidenceLevel'] = 'observed',
) => ({
  id,
  title,
  kind,
  description: text.description ?? '',
  why: text.why ?? '',
  options: text.options ?? [],
  limits: text.limits ?? '',
  examples: text.examples ?? [],
  evidenceLevel,
});
const task = (
  id: string,
  title: string,
  roles: string[],
  deliverables: string[],
  duration = '',
  description = '',
) => ({ id, title, description, duration, roles, deliverables, resourceRefs: [] as string[] });
const item = (id: string, title: string, description: string) => ({ id, title, description });
const fig = (
  id: string,
  kind: 'budget' | 'staff' | 'time-to-launch' | 'other',
  label: string,
  value: string,
  note: string,
  uncertain = false,
) => ({ id, kind, label, value, note, uncertain });

const centrales: ModelContent = {
  identity: {
    name: 'Centrales Villageoises',
    need: 'Produire localement une énergie renouvelable dont les habitants et les collectivités gardent la maîtrise et les retombées, plutôt que de la laisser à des opérateurs extérieurs.',
    audience: 'Habitants, communes et acteurs économiques d’un bassin de vie rural de plusieurs communes.',
    results:
      'Expérimentation lancée en 2010 sur 8 sites pilotes avec 5 parcs naturels régionaux ; premières installations photovoltaïques en 2014. En mars 2018, 33 sociétés créées ou en création dans 4 régions, plus de 2 600 actionnaires, 179 installations (1,7 MWc) pour 15 d’entre elles.',
    whereItRuns: [
      'Auvergne-Rhône-Alpes (Vercors, Bauges, Monts d’Ardèche, Pilat, Baronnies provençales)',
      'Environ 80 sociétés locales dans plusieurs régions en 2025 (chiffre incertain)',
    ],
  },
  elements: [
    el('gouvernance', 'Gouvernance citoyenne locale', 'fixed', {
      description:
        'Une société locale (SAS ou SCIC-SAS) dont le capital est détenu majoritairement par des habitants et acteurs du territoire.',
      why: 'C’est ce qui distingue une Centrale Villageoise d’un projet d’opérateur : la décision et les retombées restent sur le territoire.',
    }),
    el('charte', 'Adhésion à la charte', 'fixed', {
      description:
        'Gouvernance citoyenne, lien avec les collectivités, retombées locales, outils partagés, entraide entre sociétés.',
      why: 'La charte protège la marque et la confiance des habitants dans toutes les sociétés du réseau.',
    }),
    el('marque', 'Usage de la marque déposée', 'fixed', {
      description:
        'Le nom « Centrales Villageoises » est une marque ; son usage suppose l’adhésion à la charte et à l’association nationale.',
      why: 'Sans règle d’usage, un projet sans gouvernance citoyenne pourrait se présenter sous le même nom.',
    }),
    el('perimetre', 'Périmètre : plusieurs communes d’un bassin de vie', 'adaptable', {
      options: ['un groupe de communes d’une communauté de communes', 'un parc naturel régional'],
      limits: 'Rester à une échelle où les habitants se connaissent et peuvent s’impliquer.',
    }),
    el(
      'technologies',
      'Technologies de production',
      'adaptable',
      {
        options: [
          'photovoltaïque en toiture (le cas le plus fréquent)',
          'autres énergies renouvelables selon les ressources locales',
        ],
        limits: 'Des projets que la société locale peut porter elle-même, sans céder la maîtrise.',
        examples: ['Installations sur toits de bâtiments communaux et agricoles'],
      },
      'anecdotal',
    ),
    el('statut', 'Forme juridique', 'adaptable', {
      options: ['SAS', 'SCIC-SAS'],
      limits: 'Une forme qui permet l’actionnariat des habitants et des collectivités.',
    }),
  ],
  prerequisites: [
    {
      id: 'groupe',
      title: 'Un groupe local d’habitants moteurs',
      description: 'Quelques personnes prêtes à donner du temps pendant plusieurs années.',
      category: 'carrier',
      fitQuestionIds: ['local-carrier.identified', 'local-carrier.time', 'capacity.volunteers'],
    },
    {
      id: 'communes',
      title: 'Des communes partenaires',
      description: 'Soutien des élus, mise à disposition de toitures publiques.',
      category: 'public-support',
      fitQuestionIds: ['public-support.authorities'],
    },
    {
      id: 'accompagnement',
      title: 'Un accompagnement technique de départ',
      description: 'Parc naturel régional, agence de l’énergie ou société existante en parrainage.',
      category: 'partners',
      fitQuestionIds: ['partners.committed', 'partners.carrier-contact'],
    },
    {
      id: 'capital',
      title: 'Une épargne locale mobilisable',
      description: 'Les habitants financent une partie des installations par leurs parts sociales.',
      category: 'resources',
      fitQuestionIds: ['resources.start-budget'],
    },
  ],
  phases: [
    {
      id: 'emergence',
      title: 'Émergence',
      description: 'Un groupe se forme et découvre le modèle.',
      duration: '3 à 6 mois (incertain)',
      tasks: [
        task(
          'contact',
          'Prendre contact avec l’association nationale et une société existante',
          ['groupe-local'],
          ['Premier échange avec une société marraine'],
        ),
        task(
          'reunion',
          'Organiser une réunion publique d’information',
          ['groupe-local'],
          ['Liste de personnes intéressées'],
        ),
      ],
    },
    {
      id: 'animation',
      title: 'Animation',
      description: 'Le groupe local s’organise et choisit un premier projet.',
      duration: '6 à 12 mois (incertain)',
      tasks: [
        task(
          'groupe',
          'Constituer le groupe local et répartir les rôles',
          ['groupe-local'],
          ['Groupe constitué'],
        ),
        task(
          'toits',
          'Repérer les premières toitures',
          ['groupe-local', 'communes'],
          ['Liste de toitures candidates'],
        ),
      ],
    },
    {
      id: 'developpement',
      title: 'Développement',
      description: 'Créer la société, étudier et financer.',
      duration: '6 à 12 mois (incertain)',
      tasks: [
        task(
          'societe',
          'Créer la société locale et adhérer à la charte',
          ['groupe-local'],
          ['Statuts signés', 'Charte signée'],
        ),
        task(
          'etudes',
          'Faire les études techniques et les demandes de raccordement',
          ['groupe-local', 'marraine'],
          ['Études de faisabilité'],
        ),
        task(
          'financement',
          'Collecter le capital citoyen et les prêts',
          ['groupe-local'],
          ['Plan de financement'],
        ),
      ],
    },
    {
      id: 'realisation',
      title: 'Réalisation',
      description: 'Installer, mettre en service, faire vivre la société.',
      duration: 'quelques mois',
      tasks: [
        task(
          'travaux',
          'Faire réaliser les installations',
          ['groupe-local'],
          ['Installations mises en service'],
        ),
        task(
          'vie',
          'Tenir l’assemblée générale et rendre compte aux actionnaires',
          ['groupe-local'],
          ['Rapport annuel'],
        ),
      ],
    },
  ],
  roles: [
    item(
      'groupe-local',
      'Groupe local',
      'Habitants bénévoles qui portent le projet puis administrent la société.',
    ),
    item(
      'communes',
      'Communes',
      'Mettent des toitures à disposition, soutiennent, peuvent entrer au capital.',
    ),
    item('marraine', 'Société marraine', 'Une Centrale Villageoise existante qui partage son expérience.'),
  ],
  support: [
    {
      id: 'boite',
      kind: 'shared-tools',
      title: 'Boîte à outils mutualisée',
      description: 'Modèles de statuts, contrats, outils de gestion partagés par le réseau.',
    },
    {
      id: 'parrainage',
      kind: 'sponsorship',
      title: 'Parrainage par une société existante',
      description: 'Une société déjà en service accompagne les premières étapes.',
    },
  ],
  commitments: [
    {
      id: 'charte',
      kind: 'charter',
      title: 'Signer la charte',
      description: 'Et la respecter dans la gouvernance et la répartition des retombées.',
    },
    {
      id: 'marque',
      kind: 'trademark',
      title: 'Respecter les règles d’usage de la marque',
      description: 'Le nom n’est utilisé que par des sociétés adhérentes.',
    },
    {
      id: 'adhesion',
      kind: 'contribution',
      title: 'Adhérer à l’association nationale',
      description: 'Montant de cotisation à vérifier auprès de l’association (non renseigné ici).',
    },
  ],
  figures: [
    fig(
      'rendement',
      'other',
      'Rémunération du capital',
      'environ 2 à 3 % par an',
      'Ordre de grandeur cité par les sources ; non garanti.',
      true,
    ),
    fig(
      'sites-2018',
      'other',
      'Sociétés en 2018',
      '33 dans 4 régions',
      'Association nationale créée le 17 mars 2018.',
    ),
    fig(
      'sites-2025',
      'other',
      'Sociétés locales en 2025',
      'environ 80',
      'Chiffre moins sûr que les précédents.',
      true,
    ),
  ],
  pitfalls: [
    item(
      'essoufflement',
      'Essoufflement des bénévoles',
      'Après les premières installations, l’énergie du groupe retombe : prévoir le renouvellement des rôles.',
    ),
    item(
      'raccordement',
      'Délais de raccordement',
      'Ils peuvent retarder la mise en service de plusieurs mois.',
    ),
  ],
  faq: [
    {
      id: 'seul',
      question: 'Peut-on lancer une Centrale Villageoise dans une seule commune\u00a0?',
      answer:
        'Le modèle vise plusieurs communes d’un bassin de vie ; en parler avec l’association nationale.',
    },
  ],
  links: [],
  licence: 'CC-BY-SA',
};

const terres: ModelContent = {
  identity: {
    name: 'Terres de Sources',
    need: 'Protéger la ressource en eau potable en aidant les fermes situées en amont des captages à changer de pratiques, en leur ouvrant des débouchés.',
    audience:
      'Syndicats et collectivités gestionnaires de l’eau potable, agriculteurs des bassins versants, acheteurs publics de la restauration collective.',
    results:
      'Environ 120 fermes engagées vers 2022, dont 70 % en bio, et environ 60 communes ; produits vendus dans 37 magasins.',
    whereItRuns: ['Bassins versants de la Collectivité Eau du Bassin Rennais (Ille-et-Vilaine)'],
  },
  elements: [
    el('marche', 'Marché public de prestation de protection de la ressource en eau', 'fixed', {
      description:
        'Les acheteurs achètent un service de protection de l’eau que seules les fermes en amont des captages peuvent rendre, ce qui permet de cibler ces fermes sans critère « local » interdit.',
      why: 'C’est le montage juridique qui rend l’achat public possible ; le remplacer par un critère géographique serait contraire aux règles de la commande publique.',
    }),
    el('cahier', 'Cahier des charges du label', 'fixed', {
      description:
        'Certains pesticides interdits, pas d’antibiotiques préventifs, alimentation animale sans OGM ni huile de palme.',
      why: 'Le label doit garantir aux acheteurs et aux consommateurs un effet réel sur la qualité de l’eau.',
    }),
    el('perimetre', 'Périmètre : les aires d’alimentation des captages', 'adaptable', {
      limits: 'Défini par la ressource en eau du territoire d’accueil, pas par les limites administratives.',
    }),
    el('gouvernance', 'Structure qui porte le label', 'adaptable', {
      options: [
        'collectivité gestionnaire de l’eau',
        'SCIC associant producteurs, acheteurs et collectivités',
      ],
      examples: ['SCIC Terres de Sources créée le 24 février 2022 avec 110 associés'],
    }),
  ],
  prerequisites: [
    {
      id: 'collectivite',
      title: 'Une collectivité gestionnaire de l’eau motivée',
      description: 'Qui porte le projet et peut passer les premiers marchés.',
      category: 'carrier',
      fitQuestionIds: ['local-carrier.identified', 'public-support.authorities'],
    },
    {
      id: 'acheteurs',
      title: 'Des acheteurs publics prêts à s’engager',
      description: 'Communes et restauration collective.',
      category: 'partners',
      fitQuestionIds: ['partners.committed'],
    },
    {
      id: 'juridique',
      title: 'Une expertise en commande publique',
      description: 'Pour rédiger un marché de prestation conforme.',
      category: 'resources',
      fitQuestionIds: ['public-support.rules'],
    },
  ],
  phases: [
    {
      id: 'diagnostic',
      title: 'Diagnostic des captages et des fermes',
      description: '',
      duration: '',
      tasks: [
        task(
          'fermes',
          'Identifier les fermes en amont des captages',
          ['collectivite'],
          ['Carte des fermes concernées'],
        ),
      ],
    },
    {
      id: 'premier-marche',
      title: 'Premier marché public',
      description: 'À Rennes, un premier contrat de 3 ans avec 3 producteurs en 2015.',
      duration: '',
      tasks: [
        task(
          'rediger',
          'Rédiger le marché de prestation de protection de l’eau',
          ['collectivite', 'acheteur'],
          ['Dossier de consultation'],
        ),
        task('attribuer', 'Attribuer le marché et suivre les engagements', ['acheteur'], ['Contrat signé']),
      ],
    },
    {
      id: 'label',
      title: 'Label et élargissement',
      description: 'Ouvrir le label aux commerces et à d’autres acheteurs (15 communes en 2017).',
      duration: '',
      tasks: [
        task(
          'cahier',
          'Écrire le cahier des charges du label',
          ['collectivite', 'producteurs'],
          ['Cahier des charges'],
        ),
        task(
          'scic',
          'Créer une structure de gouvernance partagée',
          ['collectivite', 'producteurs', 'acheteur'],
          ['Statuts de la SCIC'],
        ),
      ],
    },
  ],
  roles: [
    item('collectivite', 'Collectivité gestionnaire de l’eau', 'Porte la démarche et les premiers marchés.'),
    item('acheteur', 'Acheteurs publics', 'Achètent la prestation pour leur restauration collective.'),
    item('producteurs', 'Producteurs', 'S’engagent sur le cahier des charges.'),
  ],
  support: [
    {
      id: 'retour',
      kind: 'advice',
      title: 'Retour d’expérience sur le montage juridique',
      description: 'Modalités à convenir avec la SCIC ; non précisées par les sources.',
    },
  ],
  commitments: [
    {
      id: 'cahier',
      kind: 'charter',
      title: 'Respecter le cahier des charges',
      description: 'Contrôlé par la structure qui attribue le label.',
    },
  ],
  figures: [
    fig('population', 'other', 'Habitants desservis par la collectivité d’origine', 'environ 500 000', ''),
    fig(
      'territoires',
      'budget',
      'Lauréat « Territoires d’innovation » (2019)',
      '20,6 M€',
      'Montant du programme, pas le coût d’un essaimage.',
    ),
  ],
  pitfalls: [
    item(
      'critere-local',
      'Un critère « local » dans le marché',
      'Il est interdit par la commande publique : c’est la prestation environnementale qui cible les fermes.',
    ),
  ],
  faq: [],
  links: [],
  licence: 'Licence-Ouverte-2.0',
};

const bricobus: ModelContent = {
  identity: {
    name: 'Bricobus',
    need: 'Des ménages modestes vivent dans des logements dégradés que les programmes d’amélioration de l’habitat n’atteignent pas.',
    audience: 'Ménages modestes, propriétaires ou locataires, en zone rurale ou périurbaine.',
    results:
      '19 véhicules en janvier 2021 dans plusieurs régions, dont La Réunion. Prix La France s’engage en 2017.',
    whereItRuns: [
      'Centre-Val de Loire (lancement en Pithiverais-Gâtinais, date 2014 ou 2016 selon les sources)',
      'Plusieurs autres régions dont La Réunion',
    ],
  },
  elements: [
    el('autoreha', 'Auto-réhabilitation accompagnée', 'fixed', {
      description: 'Le ménage fait les travaux avec l’équipe, il ne les reçoit pas.',
      why: 'L’implication du ménage fonde l’effet du modèle (compétences, estime de soi, entretien du logement).',
    }),
    el('binome', 'Binôme animateur technique et volontaire en service civique', 'fixed', {
      why: 'Le binôme assure à la fois la technique et le lien avec le ménage.',
    }),
    el('participation', 'Participation du ménage aux matériaux', 'fixed', {
      description: 'Le ménage paie 10 % du coût des matériaux.',
      why: 'La participation, même faible, marque l’engagement du ménage.',
    }),
    el(
      'vehicule',
      'Camion-atelier',
      'adaptable',
      {
        options: ['fourgon aménagé'],
        limits: 'Il doit transporter l’outillage et les matériaux d’un chantier.',
      },
      'anecdotal',
    ),
    el('materiaux', 'Approvisionnement en matériaux', 'adaptable', {
      options: ['plateforme de réemploi', 'achats neufs en complément'],
      examples: ['Matériaux issus d’une plateforme de récupération'],
    }),
  ],
  prerequisites: [
    {
      id: 'interco',
      title: 'Une intercommunalité qui cofinance',
      description: 'Le modèle est tiré par les intercommunalités qui le financent en partie.',
      category: 'public-support',
      fitQuestionIds: ['public-support.authorities', 'resources.lasting-funding'],
    },
    {
      id: 'structure',
      title: 'Une structure locale du mouvement des Compagnons Bâtisseurs ou partenaire',
      description: 'Pour porter l’équipe et le véhicule.',
      category: 'carrier',
      fitQuestionIds: ['local-carrier.identified'],
    },
    {
      id: 'orientation',
      title: 'Des partenaires qui repèrent les ménages',
      description: 'Services sociaux, opérateurs de l’habitat.',
      category: 'partners',
      fitQuestionIds: ['partners.committed'],
    },
  ],
  phases: [
    {
      id: 'montage',
      title: 'Montage',
      description: '',
      duration: '',
      tasks: [
        task(
          'financement',
          'Réunir les cofinancements de l’intercommunalité',
          ['structure'],
          ['Convention de financement'],
        ),
        task('equipe', 'Recruter l’animateur technique et le volontaire', ['structure'], ['Équipe en place']),
      ],
    },
    {
      id: 'chantiers',
      title: 'Chantiers',
      description: 'Jusqu’à 10 jours par chantier.',
      duration: 'jusqu’à 10 jours par chantier',
      tasks: [
        task(
          'visite',
          'Visiter le logement et définir les travaux avec le ménage',
          ['animateur', 'volontaire'],
          ['Fiche chantier'],
        ),
        task(
          'travaux',
          'Réaliser les travaux avec le ménage',
          ['animateur', 'volontaire'],
          ['Chantier réalisé'],
          'jusqu’à 10 jours',
        ),
      ],
    },
  ],
  roles: [
    item('animateur', 'Animateur technique', 'Encadre les travaux et forme le ménage.'),
    item('volontaire', 'Volontaire en service civique', 'Accompagne le ménage et l’animateur.'),
    item('structure', 'Structure porteuse', 'Emploie l’équipe et gère le véhicule.'),
  ],
  support: [
    {
      id: 'reseau',
      kind: 'training',
      title: 'Formation et outils du mouvement',
      description: 'Apportés par le réseau des Compagnons Bâtisseurs (modalités à préciser).',
    },
  ],
  commitments: [
    {
      id: 'contribution',
      kind: 'contribution',
      title: 'Participation de 10 % des ménages',
      description: 'Appliquée sur le coût des matériaux.',
    },
  ],
  figures: [
    fig('materiaux', 'budget', 'Matériaux par chantier', 'environ 1 000 à 1 200 €', ''),
    fig('duree', 'time-to-launch', 'Durée d’un chantier', 'jusqu’à 10 jours', ''),
    fig('equipe', 'staff', 'Équipe par véhicule', '1 animateur technique + 1 volontaire', ''),
    fig('prix', 'budget', 'Prix La France s’engage (2017)', '150 000 €', ''),
  ],
  pitfalls: [
    item(
      'financement',
      'Financement d’une seule source',
      'Dépendre d’un seul financeur met le véhicule en danger ; chercher plusieurs cofinanceurs.',
    ),
  ],
  faq: [],
  links: [],
  licence: 'CC-BY-NC-SA',
};

export const DEMO_KITS: { modelId: string; projectId: string; content: ModelContent }[] = [
  {
    modelId: DEMO_MODEL_IDS.centralesVillageoises,
    projectId: DEMO_PROJECT_IDS.centralesVillageoises,
    content: centrales,
  },
  { modelId: DEMO_MODEL_IDS.terresDeSources, projectId: DEMO_PROJECT_IDS.terresDeSources, content: terres },
  { modelId: DEMO_MODEL_IDS.bricobus, projectId: DEMO_PROJECT_IDS.bricobus, content: bricobus },
];

export async function seedDemoModels(ctx: AppContext): Promise<void> {
  const now = ctx.now().toISOString();
  for (const kit of DEMO_KITS) {
    const content = modelContent.parse(kit.content);
    if (findMissingRequiredBlocks(content).length > 0)
      throw new Error(`demo kit ${kit.modelId} cannot be published`);
    const project = await ctx.db
      .selectFrom('projects')
      .select('organisation_id')
      .where('id', '=', kit.projectId)
      .executeTakeFirst();
    if (!project) continue;
    const exists = await ctx.db
      .selectFrom('models')
      .select('id')
      .where('id', '=', kit.modelId)
      .executeTakeFirst();
    if (exists) continue;
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('models')
        .values({
          id: kit.modelId,
          project_id: kit.projectId,
          organisation_id: project.organisation_id,
          title: content.identity.name,
          draft: JSON.stringify(content),
          latest_version: 1,
          published_at: now,
          created_by: null,
          created_at: now,
          updated_by: null,
          updated_at: now,
          deleted_at: null,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('model_versions')
        .values({
          model_id: kit.modelId,
          number: 1,
          change_note: 'Première version du kit, rédigée à partir de sources publiques (démonstration).',
          content: JSON.stringify(content),
          resources: '[]',
          published_by: null,
          published_at: now,
        })
        .execute();
      await trx.updateTable('projects').set({ has_kit: 1 }).where('id', '=', kit.projectId).execute();
    });
  }
}
