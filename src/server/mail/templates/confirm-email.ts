import type { Language, MailContent } from '../render.ts';

export interface ConfirmEmailData {
  name: string;
  url: string;
  expiresInHours: number;
}

export function confirmEmail(d: ConfirmEmailData, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Confirm your e-mail address',
      greeting: `Hello ${d.name},`,
      paragraphs: [
        'Welcome to Essaim. Please confirm that this address is yours, so that we can send you sign-in links and invitations.',
      ],
      action: { label: 'Confirm my address', url: d.url },
      notes: [
        `This link works once and expires in ${d.expiresInHours} hours.`,
        'If you did not create an account on Essaim, ignore this message.',
      ],
    };
  }
  return {
    subject: 'Confirmez votre adresse e-mail',
    greeting: `Bonjour ${d.name},`,
    paragraphs: [
      'Bienvenue sur Essaim. Confirmez que cette adresse est bien la vôtre\u00a0: nous pourrons ainsi vous envoyer des liens de connexion et des invitations.',
    ],
    action: { label: 'Confirmer mon adresse', url: d.url },
    notes: [
      `Ce lien ne sert qu’une fois et expire dans ${d.expiresInHours}\u00a0heures.`,
      'Si vous n’avez pas créé de compte sur Essaim, ignorez ce message.',
    ],
  };
}
