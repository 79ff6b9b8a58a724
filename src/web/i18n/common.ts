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
    capabilities: {
      method: {
        title: 'Méthode',
        description:
          'Comprendre ce que veut dire changer d’échelle et choisir une stratégie adaptée à son projet.',
      },
      library: {
        title: 'Bibliothèque',
        description: 'Trouver des projets pilotes, des études de cas et des modèles prêts à être reproduits.',
      },
      diagnostics: {
        title: 'Diagnostics',
        description: 'Se poser les bonnes questions avant de changer d’échelle ou de reproduire un projet.',
      },
      plans: {
        title: 'Plans',
        description: 'Transformer un diagnostic en plan de changement d’échelle.',
      },
      models: {
        title: 'Modèles et kits',
        description: 'Formaliser le modèle reproductible et le transmettre sous forme de kit.',
      },
      sites: {
        title: 'Sites',
        description: 'Suivre chaque reproduction d’un modèle dans un territoire.',
      },
      network: {
        title: 'Réseau',
        description: 'Piloter un réseau de sites avec des indicateurs partagés.',
      },
      sessions: {
        title: 'Formations',
        description: 'Organiser des sessions de formation en plusieurs visioconférences.',
      },
      signIn: {
        title: 'Connexion',
        description: 'Se connecter à son compte Essaim.',
      },
      signUp: {
        title: 'Créer un compte',
        description: 'Créer un compte et rejoindre son organisation.',
      },
      admin: {
        title: 'Administration',
        description: 'Administrer cette instance d’Essaim.',
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
    capabilities: {
      method: {
        title: 'Method',
        description: 'Understand what scaling up means and choose a strategy that suits your project.',
      },
      library: {
        title: 'Library',
        description: 'Find pilot projects, case studies and models ready to be reproduced.',
      },
      diagnostics: {
        title: 'Diagnostics',
        description: 'Ask the right questions before scaling up or reproducing a project.',
      },
      plans: {
        title: 'Plans',
        description: 'Turn a diagnostic into a scaling plan.',
      },
      models: {
        title: 'Models and kits',
        description: 'Describe the replicable model and pass it on as a kit.',
      },
      sites: {
        title: 'Sites',
        description: 'Follow each reproduction of a model in a territory.',
      },
      network: {
        title: 'Network',
        description: 'Steer a network of sites with shared indicators.',
      },
      sessions: {
        title: 'Training',
        description: 'Run training sessions made of several web conferences.',
      },
      signIn: {
        title: 'Sign in',
        description: 'Sign in to your Essaim account.',
      },
      signUp: {
        title: 'Create an account',
        description: 'Create an account and join your organisation.',
      },
      admin: {
        title: 'Administration',
        description: 'Administer this Essaim instance.',
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
