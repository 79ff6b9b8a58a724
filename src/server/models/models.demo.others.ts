import type { ModelContent } from '../../core/models/model.schemas.ts';
import { el, fig, item, task } from './models.demo.builders.ts';

/** Demo kits of Terres de Sources and Bricobus (data only; published by models.demo.ts). */
export const terres: ModelContent = {
  identity: {
    name: 'Terres de Sources',
    need: 'Protéger la ressource en eau potable en aidant les fermes situées en amont des captages à changer de pratiques, en leur ouvrant des débouchés.',
    audience:
      'Syndicats et collectivités gestionnaires de l’eau potable, agriculteurs des bassins versants, acheteurs publics de la restauration collective.',
    results:
      'Environ 120 fermes engagées vers 2022, dont 70 % en bio, et environ 60 communes ; produits vendus dans 37 magasins.',
    whereItRuns: ['Bassins versants de la Collectivité Eau du Bassin Rennais (Ille-et-Vilaine)'],
  },
  elements: [
    el('marche', 'Marché public de prestation de protection de la ressource en eau', 'fixed', {
      description:
        'Les acheteurs achètent un service de protection de l’eau que seules les fermes en amont des captages peuvent rendre, ce qui permet de cibler ces fermes sans critère « local » interdit.',
      why: 'C’est le montage juridique qui rend l’achat public possible ; le remplacer par un critère géographique serait contraire aux règles de la commande publique.',
    }),
    el('cahier', 'Cahier des charges du label', 'fixed', {
      description:
        'Certains pesticides interdits, pas d’antibiotiques préventifs, alimentation animale sans OGM ni huile de palme.',
      why: 'Le label doit garantir aux acheteurs et aux consommateurs un effet réel sur la qualité de l’eau.',
    }),
    el('perimetre', 'Périmètre : les aires d’alimentation des captages', 'adaptable', {
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
      description: 'Modalités à convenir avec la SCIC ; non précisées par les sources.',
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
      'Lauréat « Territoires d’innovation » (2019)',
      '20,6 M€',
      'Montant du programme, pas le coût d’un essaimage.',
    ),
  ],
  pitfalls: [
    item(
      'critere-local',
      'Un critère « local » dans le marché',
      'Il est interdit par la commande publique : c’est la prestation environnementale qui cible les fermes.',
    ),
  ],
  faq: [],
  links: [],
  licence: 'Licence-Ouverte-2.0',
};

export const bricobus: ModelContent = {
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
      'Dépendre d’un seul financeur met le véhicule en danger ; chercher plusieurs cofinanceurs.',
    ),
  ],
  faq: [],
  links: [],
  licence: 'CC-BY-NC-SA',
};
