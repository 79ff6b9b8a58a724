import type { Language, MailContent } from '../render.ts';

export interface ChangeEmailData {
  name: string;
  newEmail: string;
  url: string;
  expiresInHours: number;
}

export function changeEmail(d: ChangeEmailData, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Confirm your new e-mail address',
      greeting: `Hello ${d.name},`,
      paragraphs: [
        `You asked to use ${d.newEmail} for your Essaim account. Confirm it with the link below; until then your previous address stays in use.`,
      ],
      action: { label: 'Confirm this address', url: d.url },
      notes: [
        `This link works once and expires in ${d.expiresInHours} hours.`,
        'If you did not ask for this change, ignore this message.',
      ],
    };
  }
  return {
    subject: 'Confirmez votre nouvelle adresse e-mail',
    greeting: `Bonjour ${d.name},`,
    paragraphs: [
      `Vous avez demandé à utiliser ${d.newEmail} pour votre compte Essaim. Confirmez-le avec le lien ci-dessous\u00a0; d’ici là, votre adresse actuelle reste en service.`,
    ],
    action: { label: 'Confirmer cette adresse', url: d.url },
    notes: [
      `Ce lien ne sert qu’une fois et expire dans ${d.expiresInHours}\u00a0heures.`,
      'Si vous n’avez pas demandé ce changement, ignorez ce message.',
    ],
  };
}
