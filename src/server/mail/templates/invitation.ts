import type { Language, MailContent } from '../render.ts';

export interface InvitationData {
  inviterName: string;
  organisationName: string;
  role: 'owner' | 'editor' | 'viewer';
  url: string;
  expiresInDays: number;
}

const ROLE: Record<Language, Record<InvitationData['role'], string>> = {
  fr: {
    owner: 'propriétaire (gestion des membres et des réglages)',
    editor: 'éditeur ou éditrice (création et modification des contenus)',
    viewer: 'lecteur ou lectrice (consultation)',
  },
  en: {
    owner: 'owner (manages members and settings)',
    editor: 'editor (creates and edits content)',
    viewer: 'viewer (reads content)',
  },
};

export function invitation(d: InvitationData, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: `${d.inviterName} invites you to join ${d.organisationName} on Essaim`,
      greeting: 'Hello,',
      paragraphs: [
        `${d.inviterName} invites you to join ${d.organisationName} on Essaim, as ${ROLE.en[d.role]}.`,
        'Sign in (or create your account with this address), then accept or decline the invitation.',
      ],
      action: { label: 'See the invitation', url: d.url },
      notes: [
        `This invitation expires in ${d.expiresInDays} days.`,
        'If you do not know this organisation, ignore this message or decline the invitation.',
      ],
    };
  }
  return {
    subject: `${d.inviterName} vous invite à rejoindre ${d.organisationName} sur Essaim`,
    greeting: 'Bonjour,',
    paragraphs: [
      `${d.inviterName} vous invite à rejoindre ${d.organisationName} sur Essaim, en tant que ${ROLE.fr[d.role]}.`,
      'Connectez-vous (ou créez votre compte avec cette adresse), puis acceptez ou refusez l’invitation.',
    ],
    action: { label: 'Voir l’invitation', url: d.url },
    notes: [
      `Cette invitation expire dans ${d.expiresInDays}\u00a0jours.`,
      'Si vous ne connaissez pas cette organisation, ignorez ce message ou refusez l’invitation.',
    ],
  };
}
