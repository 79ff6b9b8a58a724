import { defineNamespace } from '../../../i18n/define-namespace.ts';

// Words shared by the accounts’ pages and components: fields, languages, roles, organisation kinds, the user menu, confirmations.
export const accountsShared = defineNamespace({
  fr: {
    fields: {
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      displayName: 'Nom affiché',
      displayNameHint: 'Votre prénom et votre nom, tels que les autres membres les verront.',
      language: 'Langue des courriels et du site',
      passwordHint:
        'Au moins {{min}}\u00a0caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.',
      emailHint: 'Par exemple\u00a0: prenom.nom@exemple.fr',
    },
    languages: { fr: 'Français', en: 'English' },
    roles: { owner: 'Propriétaire', editor: 'Éditeur', viewer: 'Lecteur' },
    roleHints: {
      owner: 'gère les informations et les membres de l’organisation',
      editor: 'crée et modifie les contenus de l’organisation',
      viewer: 'consulte les contenus de l’organisation',
    },
    kinds: {
      commune: 'Commune',
      epci: 'Intercommunalité (EPCI)',
      departement: 'Département',
      region: 'Région',
      association: 'Association',
      cooperative: 'Coopérative (SCOP, SCIC)',
      company: 'Entreprise',
      'state-service': 'Service de l’État',
      other: 'Autre',
    },
    menu: {
      label: 'Menu du compte de {{name}}',
      account: 'Mon compte',
      organisations: 'Mes organisations',
      admin: 'Administration',
      signOut: 'Se déconnecter',
      signedOut: 'Vous êtes déconnecté. À bientôt\u00a0!',
    },
    confirm: { confirm: 'Confirmer', cancel: 'Annuler' },
    requireSignIn: {
      title: 'Connexion nécessaire',
      body: 'Connectez-vous pour accéder à cette page.',
      signIn: 'Se connecter',
    },
  },
  en: {
    fields: {
      email: 'E-mail address',
      password: 'Password',
      displayName: 'Display name',
      displayNameHint: 'Your first and last name, as other members will see them.',
      language: 'Language of e-mails and of the site',
      passwordHint:
        'At least {{min}} characters. A phrase of several words is easy to remember and hard to guess.',
      emailHint: 'For example: first.last@example.org',
    },
    languages: { fr: 'Français', en: 'English' },
    roles: { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' },
    roleHints: {
      owner: 'manages the organisation’s details and members',
      editor: 'creates and edits the organisation’s content',
      viewer: 'reads the organisation’s content',
    },
    kinds: {
      commune: 'Municipality (commune)',
      epci: 'Intermunicipal body (EPCI)',
      departement: 'Département',
      region: 'Region',
      association: 'Non-profit association',
      cooperative: 'Cooperative (SCOP, SCIC)',
      company: 'Company',
      'state-service': 'State service',
      other: 'Other',
    },
    menu: {
      label: 'Account menu of {{name}}',
      account: 'My account',
      organisations: 'My organisations',
      admin: 'Administration',
      signOut: 'Sign out',
      signedOut: 'You are signed out. See you soon!',
    },
    confirm: { confirm: 'Confirm', cancel: 'Cancel' },
    requireSignIn: {
      title: 'Sign-in required',
      body: 'Sign in to open this page.',
      signIn: 'Sign in',
    },
  },
});
