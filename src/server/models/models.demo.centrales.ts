import type { ModelContent } from '../../core/models/model.schemas.ts';
import { el, fig, item, task } from './models.demo.builders.ts';

/** Demo kit of the Centrales Villageoises (data only; published by models.demo.ts). */
export const centrales: ModelContent = {
  identity: {
    name: 'Centrales Villageoises',
    need: 'Produire localement une énergie renouvelable dont les habitants et les collectivités gardent la maîtrise et les retombées, plutôt que de la laisser à des opérateurs extérieurs.',
    audience: 'Habitants, communes et acteurs économiques d’un bassin de vie rural de plusieurs communes.',
    results:
      'Expérimentation lancée en 2010 sur 8 sites pilotes avec 5 parcs naturels régionaux\u00a0; premières installations photovoltaïques en 2014. En mars 2018, 33 sociétés créées ou en création dans 4 régions, plus de 2 600 actionnaires, 179 installations (1,7 MWc) pour 15 d’entre elles.',
    whereItRuns: [
      'Auvergne-Rhône-Alpes (Vercors, Bauges, Monts d’Ardèche, Pilat, Baronnies provençales)',
      'Environ 80 sociétés locales dans plusieurs régions en 2025 (chiffre incertain)',
    ],
  },
  elements: [
    el('gouvernance', 'Gouvernance citoyenne locale', 'fixed', {
      description:
        'Une société locale (SAS ou SCIC-SAS) dont le capital est détenu majoritairement par des habitants et acteurs du territoire.',
      why: 'C’est ce qui distingue une Centrale Villageoise d’un projet d’opérateur\u00a0: la décision et les retombées restent sur le territoire.',
    }),
    el('charte', 'Adhésion à la charte', 'fixed', {
      description:
        'Gouvernance citoyenne, lien avec les collectivités, retombées locales, outils partagés, entraide entre sociétés.',
      why: 'La charte protège la marque et la confiance des habitants dans toutes les sociétés du réseau.',
    }),
    el('marque', 'Usage de la marque déposée', 'fixed', {
      description:
        'Le nom «\u00a0Centrales Villageoises\u00a0» est une marque\u00a0; son usage suppose l’adhésion à la charte et à l’association nationale.',
      why: 'Sans règle d’usage, un projet sans gouvernance citoyenne pourrait se présenter sous le même nom.',
    }),
    el('perimetre', 'Périmètre\u00a0: plusieurs communes d’un bassin de vie', 'adaptable', {
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
      'Ordre de grandeur cité par les sources\u00a0; non garanti.',
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
      'Après les premières installations, l’énergie du groupe retombe\u00a0: prévoir le renouvellement des rôles.',
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
        'Le modèle vise plusieurs communes d’un bassin de vie\u00a0; en parler avec l’association nationale.',
    },
  ],
  links: [],
  licence: 'CC-BY-SA',
};
