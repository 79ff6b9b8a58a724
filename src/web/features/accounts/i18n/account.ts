import { defineNamespace } from '../../../i18n/define-namespace.ts';

// The account page: profile, e-mail, password, sessions, deletion.
export const accountsAccount = defineNamespace({
  fr: {
    account: {
      title: 'Mon compte',
      signedInAs: 'Connecté en tant que {{name}} ({{email}}).',
      unverified: 'Votre adresse n’est pas encore confirmée. Ouvrez le lien reçu par courriel.',
      resend: 'Renvoyer le lien de confirmation',
      resent: 'Un nouveau lien de confirmation a été envoyé à {{email}}.',
      profile: { title: 'Profil', submit: 'Enregistrer le profil', saved: 'Profil enregistré.' },
      password: {
        title: 'Mot de passe',
        intro: 'Changer de mot de passe ferme vos autres sessions.',
        current: 'Mot de passe actuel',
        newPassword: 'Nouveau mot de passe',
        submit: 'Changer le mot de passe',
        saved: 'Mot de passe changé. Vos autres sessions ont été fermées.',
      },
      email: {
        title: 'Adresse e-mail',
        current: 'Adresse actuelle\u00a0: {{email}}',
        newEmail: 'Nouvelle adresse e-mail',
        password: 'Mot de passe actuel',
        submit: 'Changer d’adresse',
        sent: 'Un lien de confirmation a été envoyé à {{email}}. Votre adresse changera quand vous l’aurez ouvert.',
      },
      sessions: {
        title: 'Sessions actives',
        intro:
          'Les appareils et navigateurs où vous êtes connecté. Fermez une session que vous ne reconnaissez pas.',
        caption: 'Vos sessions actives',
        device: 'Appareil',
        ip: 'Adresse IP',
        createdAt: 'Ouverte le',
        lastSeenAt: 'Dernière activité',
        actions: 'Actions',
        current: 'Cette session',
        unknownDevice: 'Appareil inconnu',
        revoke: 'Fermer',
        revokeLabel: 'Fermer la session ouverte le {{date}}',
        revokeConfirm: 'Fermer cette session\u00a0? L’appareil concerné devra se reconnecter.',
        revoked: 'Session fermée.',
        signOutEverywhere: 'Se déconnecter partout',
        signOutEverywhereConfirm:
          'Fermer toutes vos sessions, y compris celle-ci\u00a0? Vous devrez vous reconnecter sur chaque appareil.',
      },
      data: {
        title: 'Mes données',
        intro:
          'Téléchargez tout ce qu’Essaim conserve à votre sujet\u00a0: profil, organisations, sessions, historique des actions. Le fichier est au format JSON.',
        download: 'Télécharger mes données (JSON)',
      },
      delete: {
        title: 'Supprimer mon compte',
        intro:
          'La suppression est définitive\u00a0: vos sessions sont fermées, votre nom est remplacé par «\u00a0Compte supprimé\u00a0» dans l’historique. Si vous êtes le seul propriétaire d’une organisation qui a d’autres membres, transférez-en d’abord la propriété.',
        password: 'Mot de passe actuel',
        confirmation: 'Pour confirmer, écrivez «\u00a0supprimer mon compte\u00a0»',
        submit: 'Supprimer définitivement mon compte',
        confirm: 'Supprimer votre compte\u00a0? Cette action ne peut pas être annulée.',
        deleted: 'Votre compte a été supprimé.',
        transferFirst: 'Transférez d’abord la propriété de vos organisations',
        toOrganisations: 'Gérer mes organisations',
      },
    },
  },
  en: {
    account: {
      title: 'My account',
      signedInAs: 'Signed in as {{name}} ({{email}}).',
      unverified: 'Your address is not confirmed yet. Open the link you received by e-mail.',
      resend: 'Send the confirmation link again',
      resent: 'A new confirmation link has been sent to {{email}}.',
      profile: { title: 'Profile', submit: 'Save the profile', saved: 'Profile saved.' },
      password: {
        title: 'Password',
        intro: 'Changing your password closes your other sessions.',
        current: 'Current password',
        newPassword: 'New password',
        submit: 'Change the password',
        saved: 'Password changed. Your other sessions have been closed.',
      },
      email: {
        title: 'E-mail address',
        current: 'Current address: {{email}}',
        newEmail: 'New e-mail address',
        password: 'Current password',
        submit: 'Change address',
        sent: 'A confirmation link has been sent to {{email}}. Your address will change once you open it.',
      },
      sessions: {
        title: 'Active sessions',
        intro: 'The devices and browsers where you are signed in. Close any session you do not recognise.',
        caption: 'Your active sessions',
        device: 'Device',
        ip: 'IP address',
        createdAt: 'Opened on',
        lastSeenAt: 'Last active',
        actions: 'Actions',
        current: 'This session',
        unknownDevice: 'Unknown device',
        revoke: 'Close',
        revokeLabel: 'Close the session opened on {{date}}',
        revokeConfirm: 'Close this session? That device will have to sign in again.',
        revoked: 'Session closed.',
        signOutEverywhere: 'Sign out everywhere',
        signOutEverywhereConfirm:
          'Close all your sessions, this one included? You will have to sign in again on every device.',
      },
      data: {
        title: 'My data',
        intro:
          'Download everything Essaim keeps about you: profile, organisations, sessions, history of actions. The file is in JSON format.',
        download: 'Download my data (JSON)',
      },
      delete: {
        title: 'Delete my account',
        intro:
          'Deletion is final: your sessions are closed and your name is replaced by “Deleted account” in the history. If you are the only owner of an organisation that has other members, transfer its ownership first.',
        password: 'Current password',
        confirmation: 'To confirm, type “delete my account”',
        submit: 'Delete my account for good',
        confirm: 'Delete your account? This cannot be undone.',
        deleted: 'Your account has been deleted.',
        transferFirst: 'Transfer the ownership of your organisations first',
        toOrganisations: 'Manage my organisations',
      },
    },
  },
});
