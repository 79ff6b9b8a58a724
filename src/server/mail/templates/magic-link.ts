import type { Language, MailContent } from '../render.ts';

export interface MagicLinkData {
  name: string;
  url: string;
  expiresInMinutes: number;
}

export function magicLink(d: MagicLinkData, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Your sign-in link for Essaim',
      greeting: `Hello ${d.name},`,
      paragraphs: ['Here is the link you asked for to sign in to Essaim without a password.'],
      action: { label: 'Sign in to Essaim', url: d.url },
      notes: [
        `This link works once and expires in ${d.expiresInMinutes} minutes.`,
        'If you did not ask for it, ignore this message: nobody can sign in without it.',
      ],
    };
  }
  return {
    subject: 'Votre lien de connexion à Essaim',
    greeting: `Bonjour ${d.name},`,
    paragraphs: ['Voici le lien demandé pour vous connecter à Essaim sans mot de passe.'],
    action: { label: 'Me connecter à Essaim', url: d.url },
    notes: [
      `Ce lien ne sert qu’une fois et expire dans ${d.expiresInMinutes}\u00a0minutes.`,
      'Si vous ne l’avez pas demandé, ignorez ce message\u00a0: personne ne peut se connecter sans ce lien.',
    ],
  };
}
