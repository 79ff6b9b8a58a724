import { defineNamespace } from '../../../i18n/define-namespace.ts';

// Signing up and in, forgotten and reset passwords, the links sent by e-mail, invitations.
export const accountsSignIn = defineNamespace({
  fr: {
    signIn: {
      title: 'Se connecter',
      passwordSection: 'Avec votre mot de passe',
      forgot: 'Mot de passe oublié\u00a0?',
      submit: 'Se connecter',
      magicSection: 'Sans mot de passe',
      magicIntro:
        'Recevez par courriel un lien qui vous connecte en un clic. Il ne sert qu’une fois et expire rapidement.',
      magicSubmit: 'Recevoir un lien de connexion',
      magicSent:
        'Si un compte existe pour {{email}}, un lien de connexion vient d’y être envoyé. Ouvrez-le depuis ce navigateur.',
      oidcSection: 'Agents publics',
      oidcButton: 'Se connecter avec {{label}}',
      noAccount: 'Pas encore de compte\u00a0?',
      createAccount: 'Créer un compte',
      welcome: 'Bonjour {{name}}, vous êtes connecté.',
      oidcError:
        'La connexion avec le fournisseur d’identité n’a pas abouti ({{code}}). Réessayez, ou connectez-vous par mot de passe ou par lien.',
    },
    signUp: {
      title: 'Créer un compte',
      intro:
        'Un compte vous permet de rejoindre votre organisation, de mener des diagnostics et de suivre vos projets. Tous les champs sont obligatoires.',
      submit: 'Créer mon compte',
      haveAccount: 'Vous avez déjà un compte\u00a0?',
      signIn: 'Se connecter',
      created: 'Compte créé. Un lien de confirmation a été envoyé à {{email}}.',
    },
    forgot: {
      title: 'Mot de passe oublié',
      intro:
        'Indiquez l’adresse de votre compte\u00a0: vous recevrez un lien pour choisir un nouveau mot de passe. Le lien ne sert qu’une fois et expire rapidement.',
      submit: 'Recevoir le lien',
      sent: 'Si un compte existe pour {{email}}, un lien vient d’y être envoyé. Pensez à regarder dans les indésirables.',
      backToSignIn: 'Retour à la connexion',
    },
    reset: {
      title: 'Nouveau mot de passe',
      intro: 'Choisissez le nouveau mot de passe de votre compte. Vous serez connecté aussitôt.',
      newPassword: 'Nouveau mot de passe',
      submit: 'Enregistrer le mot de passe',
      done: 'Mot de passe enregistré. Vous êtes connecté.',
    },
    links: {
      missingToken:
        'Ce lien est incomplet. Ouvrez-le à nouveau depuis le courriel reçu, ou copiez l’adresse complète dans votre navigateur.',
      working: 'Vérification du lien…',
      failedTitle: 'Ce lien ne fonctionne pas',
      toAccount: 'Aller à mon compte',
      toSignIn: 'Aller à la page de connexion',
      askAgain: 'Demander un nouveau lien',
    },
    confirmEmail: {
      title: 'Confirmation de votre adresse',
      done: 'L’adresse {{email}} est confirmée. Merci\u00a0!',
    },
    confirmNewEmail: {
      title: 'Confirmation de votre nouvelle adresse',
      done: 'Votre adresse est désormais {{email}}.',
    },
    magicLink: {
      title: 'Connexion par lien',
      done: 'Vous êtes connecté.',
    },
    invitation: {
      title: 'Invitation',
      intro: 'Vous êtes invité à rejoindre «\u00a0{{organisation}}\u00a0» avec le rôle {{role}}.',
      invitedBy: 'Invitation envoyée par {{name}}.',
      addressedTo: 'Elle est adressée à {{email}}.',
      expires: 'Elle expire le {{date}}.',
      signInFirst:
        'Pour répondre, connectez-vous avec cette adresse, ou créez un compte si vous n’en avez pas encore.',
      accept: 'Accepter et rejoindre',
      decline: 'Refuser l’invitation',
      accepted: 'Vous avez rejoint «\u00a0{{organisation}}\u00a0».',
      declined: 'Invitation refusée. L’organisation en sera informée.',
      declinedTitle: 'Invitation refusée',
      toOrganisation: 'Voir l’organisation',
    },
  },
  en: {
    signIn: {
      title: 'Sign in',
      passwordSection: 'With your password',
      forgot: 'Forgot your password?',
      submit: 'Sign in',
      magicSection: 'Without a password',
      magicIntro:
        'Get an e-mail with a link that signs you in with one click. It works once and expires quickly.',
      magicSubmit: 'Send me a sign-in link',
      magicSent:
        'If an account exists for {{email}}, a sign-in link has just been sent there. Open it in this browser.',
      oidcSection: 'Public servants',
      oidcButton: 'Sign in with {{label}}',
      noAccount: 'No account yet?',
      createAccount: 'Create an account',
      welcome: 'Hello {{name}}, you are signed in.',
      oidcError:
        'Signing in with the identity provider did not work ({{code}}). Try again, or sign in with a password or a link.',
    },
    signUp: {
      title: 'Create an account',
      intro:
        'An account lets you join your organisation, run diagnostics and follow your projects. All fields are required.',
      submit: 'Create my account',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      created: 'Account created. A confirmation link has been sent to {{email}}.',
    },
    forgot: {
      title: 'Forgotten password',
      intro:
        'Enter your account’s address: you will receive a link to choose a new password. The link works once and expires quickly.',
      submit: 'Send me the link',
      sent: 'If an account exists for {{email}}, a link has just been sent there. Check your spam folder too.',
      backToSignIn: 'Back to sign-in',
    },
    reset: {
      title: 'New password',
      intro: 'Choose your account’s new password. You will be signed in straight away.',
      newPassword: 'New password',
      submit: 'Save the password',
      done: 'Password saved. You are signed in.',
    },
    links: {
      missingToken:
        'This link is incomplete. Open it again from the e-mail you received, or copy the full address into your browser.',
      working: 'Checking the link…',
      failedTitle: 'This link does not work',
      toAccount: 'Go to my account',
      toSignIn: 'Go to the sign-in page',
      askAgain: 'Ask for a new link',
    },
    confirmEmail: {
      title: 'Confirming your address',
      done: 'The address {{email}} is confirmed. Thank you!',
    },
    confirmNewEmail: {
      title: 'Confirming your new address',
      done: 'Your address is now {{email}}.',
    },
    magicLink: {
      title: 'Sign-in by link',
      done: 'You are signed in.',
    },
    invitation: {
      title: 'Invitation',
      intro: 'You are invited to join “{{organisation}}” with the role {{role}}.',
      invitedBy: 'Invitation sent by {{name}}.',
      addressedTo: 'It is addressed to {{email}}.',
      expires: 'It expires on {{date}}.',
      signInFirst: 'To answer, sign in with this address, or create an account if you do not have one yet.',
      accept: 'Accept and join',
      decline: 'Decline the invitation',
      accepted: 'You have joined “{{organisation}}”.',
      declined: 'Invitation declined. The organisation will be told.',
      declinedTitle: 'Invitation declined',
      toOrganisation: 'See the organisation',
    },
  },
});
