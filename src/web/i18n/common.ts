import { defineNamespace } from './define-namespace.ts';

// Shared copy: the shell (header, footer, errors) and the one-line description of every capability.
export const common = defineNamespace({
  fr: {
    appName: 'Essaim',
    documentTitle: '{{page}} – Essaim',
    skipLink: 'Aller au contenu',
    loading: 'Chargement…',
    colon: ' : ',
    homeLink: 'Essaim, accueil',
    userMenu: {
      label: 'Menu du compte de {{name}}',
      account: 'Mon compte',
      organisations: 'Mes organisations',
      admin: 'Administration',
      signOut: 'Se déconnecter',
      signedOut: 'Vous êtes déconnecté. À bientôt\u00a0!',
    },
    tagline: 'Faire grandir les projets d’innovation sociale et territoriale qui ont fait leurs preuves',
    nav: {
      label: 'Navigation principale',
      method: 'Méthode',
      library: 'Bibliothèque',
      diagnostics: 'Diagnostics',
      plans: 'Plans',
      models: 'Modèles et kits',
      sites: 'Sites et réseau',
      sessions: 'Formations',
      signIn: 'Se connecter',
      openMenu: 'Ouvrir le menu',
      closeMenu: 'Fermer le menu',
    },
    language: {
      label: 'Langue du site',
      fr: 'Français',
      en: 'English',
    },
    footer: {
      label: 'Liens utiles',
      legalNotice: 'Mentions légales',
      accessibility: 'Déclaration d’accessibilité',
      accessibilityStatus: 'Accessibilité : non conforme (pas encore audité)',
      privacy: 'Données personnelles',
      apiReference: 'Référence de l’API',
      licence: 'Code source sous licence AGPL-3.0',
    },
    health: {
      label: 'État du service',
      checking: 'Vérification en cours…',
      ok: 'en service, version {{version}}, base de données {{dialect}} joignable.',
      databaseDown: 'en service, mais la base de données ne répond pas.',
      unreachable: 'le serveur ne répond pas pour le moment.',
    },
    comingSoon: {
      heading: 'Cette fonctionnalité arrive bientôt',
      intro: 'Cette partie d’Essaim est en cours de construction. Voici ce qu’elle permettra :',
      backHome: 'Retour à l’accueil',
    },
    capabilities: {
      method: {
        title: 'Méthode',
        description:
          'Comprendre ce que veut dire changer d’échelle et choisir une stratégie adaptée à son projet.',
        features: [
          'les situations de changement d’échelle : toucher plus de monde, s’étendre à d’autres territoires, essaimer',
          'les stratégies possibles, de la diffusion libre à la duplication, avec leurs conditions de réussite',
          'les points de vigilance, un glossaire et les sources de chaque contenu',
        ],
      },
      library: {
        title: 'Bibliothèque',
        description: 'Trouver des projets pilotes, des études de cas et des modèles prêts à être reproduits.',
        features: [
          'une recherche en texte libre et par thème, territoire ou type de modèle',
          'une carte de France des projets et des sites, avec la même information sous forme de tableau',
          'un export des données ouvertes',
        ],
      },
      diagnostics: {
        title: 'Diagnostics',
        description: 'Se poser les bonnes questions avant de changer d’échelle ou de reproduire un projet.',
        features: [
          'pour un porteur : le changement d’échelle a-t-il du sens, le projet est-il prêt, quelle stratégie choisir',
          'pour un territoire : ce modèle convient-il à notre contexte et à nos moyens',
          'un résultat expliqué point par point, pour nourrir la discussion plutôt que rendre un verdict',
        ],
      },
      plans: {
        title: 'Plans',
        description: 'Transformer un diagnostic en plan de changement d’échelle.',
        features: [
          'les prérequis à réunir et les risques à surveiller',
          'les précautions pour ne pas fragiliser le projet d’origine',
          'des étapes datées et un budget',
        ],
      },
      models: {
        title: 'Modèles et kits',
        description: 'Formaliser le modèle reproductible et le transmettre sous forme de kit.',
        features: [
          'ce qui reste fixe et ce qui peut s’adapter, les étapes, les rôles, les ressources et les chiffres clés',
          'des versions publiées comme kits de transfert',
          'des exports en PDF, Word et Markdown',
        ],
      },
      sites: {
        title: 'Sites',
        description: 'Suivre chaque reproduction d’un modèle dans un territoire.',
        features: [
          'l’étape atteinte par chaque site et l’avancement de ses étapes',
          'les adaptations faites au modèle et leurs raisons',
          'les échanges entre le porteur et le site',
        ],
      },
      network: {
        title: 'Réseau',
        description: 'Piloter un réseau de sites avec des indicateurs partagés.',
        features: [
          'le dictionnaire d’indicateurs du porteur',
          'les valeurs de chaque site par période : situation de départ, cible, réalisé',
          'un tableau de bord du réseau, chaque graphique accompagné de son tableau de données',
        ],
      },
      sessions: {
        title: 'Formations',
        description: 'Organiser des sessions de formation en plusieurs visioconférences.',
        features: [
          'les inscriptions, avec liste d’attente',
          'les invitations à ajouter à son agenda et le suivi des présences',
          'une vue d’ensemble de chaque promotion',
        ],
      },
      signIn: {
        title: 'Connexion',
        description: 'Se connecter à son compte Essaim.',
        features: [
          'par mot de passe ou par un lien reçu par courriel',
          'avec un fournisseur d’identité comme ProConnect, si l’instance l’a activé',
        ],
      },
      signUp: {
        title: 'Créer un compte',
        description: 'Créer un compte et rejoindre son organisation.',
        features: [
          'un compte personnel, rattaché à une ou plusieurs organisations',
          'des rôles pour décider qui peut lire, modifier ou publier',
        ],
      },
      admin: {
        title: 'Administration',
        description: 'Administrer cette instance d’Essaim.',
        features: [
          'la gestion des comptes et des organisations',
          'les courriels envoyés par la plateforme, consultables même sans serveur de messagerie',
          'la corbeille, où les contenus supprimés restent restaurables pendant 30 jours',
        ],
      },
    },
    notFound: {
      title: 'Page introuvable',
      body: 'L’adresse demandée ne correspond à aucune page d’Essaim. Elle a peut-être été mal saisie ou la page a été déplacée.',
      backHome: 'Retour à l’accueil',
    },
    error: {
      title: 'Une erreur est survenue',
      body: 'La page n’a pas pu s’afficher. Rechargez-la ; si le problème continue, revenez à l’accueil.',
      reload: 'Recharger la page',
      backHome: 'Retour à l’accueil',
    },
    errors: {
      network: 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
      unexpected: 'Le serveur a renvoyé une réponse inattendue (code {{status}}).',
    },
  },
  en: {
    appName: 'Essaim',
    documentTitle: '{{page}} – Essaim',
    skipLink: 'Skip to content',
    loading: 'Loading…',
    colon: ': ',
    homeLink: 'Essaim, home',
    userMenu: {
      label: 'Account menu of {{name}}',
      account: 'My account',
      organisations: 'My organisations',
      admin: 'Administration',
      signOut: 'Sign out',
      signedOut: 'You are signed out. See you soon!',
    },
    tagline: 'Helping proven social and territorial innovation projects grow',
    nav: {
      label: 'Main navigation',
      method: 'Method',
      library: 'Library',
      diagnostics: 'Diagnostics',
      plans: 'Plans',
      models: 'Models and kits',
      sites: 'Sites and network',
      sessions: 'Training',
      signIn: 'Sign in',
      openMenu: 'Open the menu',
      closeMenu: 'Close the menu',
    },
    language: {
      label: 'Site language',
      fr: 'Français',
      en: 'English',
    },
    footer: {
      label: 'Useful links',
      legalNotice: 'Legal notice',
      accessibility: 'Accessibility statement',
      accessibilityStatus: 'Accessibility: not compliant (not yet audited)',
      privacy: 'Personal data',
      apiReference: 'API reference',
      licence: 'Source code under the AGPL-3.0 licence',
    },
    health: {
      label: 'Service status',
      checking: 'checking…',
      ok: 'running, version {{version}}, {{dialect}} database reachable.',
      databaseDown: 'running, but the database does not respond.',
      unreachable: 'the server does not respond at the moment.',
    },
    comingSoon: {
      heading: 'This feature is coming soon',
      intro: 'This part of Essaim is being built. Here is what it will let you do:',
      backHome: 'Back to the home page',
    },
    capabilities: {
      method: {
        title: 'Method',
        description: 'Understand what scaling up means and choose a strategy that suits your project.',
        features: [
          'scaling situations: reaching more people, expanding to other territories, spreading the project',
          'the possible strategies, from open dissemination to duplication, with what each needs to succeed',
          'points to watch, a glossary and the sources behind every piece of content',
        ],
      },
      library: {
        title: 'Library',
        description: 'Find pilot projects, case studies and models ready to be reproduced.',
        features: [
          'free-text search and filters by theme, territory or kind of model',
          'a map of France showing projects and sites, with the same information as a table',
          'an open-data export',
        ],
      },
      diagnostics: {
        title: 'Diagnostics',
        description: 'Ask the right questions before scaling up or reproducing a project.',
        features: [
          'for a carrier: does scaling make sense, is the project ready, which strategy to choose',
          'for a territory: does this model fit our context and our means',
          'a result explained point by point, to feed the discussion rather than give a verdict',
        ],
      },
      plans: {
        title: 'Plans',
        description: 'Turn a diagnostic into a scaling plan.',
        features: [
          'the prerequisites to gather and the risks to watch',
          'safeguards so that the original project is not weakened',
          'dated milestones and a budget',
        ],
      },
      models: {
        title: 'Models and kits',
        description: 'Describe the replicable model and pass it on as a kit.',
        features: [
          'what stays fixed and what can be adapted, the steps, roles, resources and key figures',
          'versions published as transfer kits',
          'exports as PDF, Word and Markdown',
        ],
      },
      sites: {
        title: 'Sites',
        description: 'Follow each reproduction of a model in a territory.',
        features: [
          'the stage each site has reached and the progress of its steps',
          'the adaptations made to the model and why',
          'the exchanges between the carrier and the site',
        ],
      },
      network: {
        title: 'Network',
        description: 'Steer a network of sites with shared indicators.',
        features: [
          'the carrier’s dictionary of indicators',
          'each site’s values per period: baseline, target, actual',
          'a network dashboard, every chart with its data table',
        ],
      },
      sessions: {
        title: 'Training',
        description: 'Run training sessions made of several web conferences.',
        features: [
          'registrations, with a waiting list',
          'calendar invitations and attendance tracking',
          'an overview of each cohort',
        ],
      },
      signIn: {
        title: 'Sign in',
        description: 'Sign in to your Essaim account.',
        features: [
          'with a password or a link sent by e-mail',
          'with an identity provider such as ProConnect, if this instance has enabled it',
        ],
      },
      signUp: {
        title: 'Create an account',
        description: 'Create an account and join your organisation.',
        features: [
          'a personal account, linked to one or more organisations',
          'roles that decide who can read, edit or publish',
        ],
      },
      admin: {
        title: 'Administration',
        description: 'Administer this Essaim instance.',
        features: [
          'managing accounts and organisations',
          'the e-mails sent by the platform, readable even without a mail server',
          'the trash, where deleted content can be restored for 30 days',
        ],
      },
    },
    notFound: {
      title: 'Page not found',
      body: 'The address you asked for does not match any Essaim page. It may have been mistyped, or the page has moved.',
      backHome: 'Back to the home page',
    },
    error: {
      title: 'Something went wrong',
      body: 'The page could not be displayed. Reload it; if the problem persists, go back to the home page.',
      reload: 'Reload the page',
      backHome: 'Back to the home page',
    },
    errors: {
      network: 'The server cannot be reached. Check your connection, then try again.',
      unexpected: 'The server sent an unexpected response (status {{status}}).',
    },
  },
});
