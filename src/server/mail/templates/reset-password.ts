import type { Language, MailContent } from '../render.ts';

export interface ResetPasswordData {
  name: string;
  url: string;
  expiresInMinutes: number;
}

export function resetPassword(d: ResetPasswordData, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Choose a new password',
      greeting: `Hello ${d.name},`,
      paragraphs: [
        'Someone (you, we hope) asked to reset the password of your Essaim account. Choose a new one with the link below; your other sessions will be signed out.',
      ],
      action: { label: 'Choose a new password', url: d.url },
      notes: [
        `This link works once and expires in ${d.expiresInMinutes} minutes.`,
        'If you did not ask for it, ignore this message: your password stays the same.',
      ],
    };
  }
  return {
    subject: 'Choisissez un nouveau mot de passe',
    greeting: `Bonjour ${d.name},`,
    paragraphs: [
      'Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte Essaim. Choisissez-en un nouveau avec le lien ci-dessous\u00a0; vos autres sessions seront déconnectées.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: d.url },
    notes: [
      `Ce lien ne sert qu’une fois et expire dans ${d.expiresInMinutes}\u00a0minutes.`,
      'Si vous n’avez rien demandé, ignorez ce message\u00a0: votre mot de passe ne change pas.',
    ],
  };
}
