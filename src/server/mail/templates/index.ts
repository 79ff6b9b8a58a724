import type { Language, MailContent } from '../render.ts';
import { changeEmail, type ChangeEmailData } from './change-email.ts';
import { confirmEmail, type ConfirmEmailData } from './confirm-email.ts';
import { invitation, type InvitationData } from './invitation.ts';
import { magicLink, type MagicLinkData } from './magic-link.ts';
import { notification, type NotificationData } from './notification.ts';
import { resetPassword, type ResetPasswordData } from './reset-password.ts';

/** Every e-mail template by name, with the data it needs. A capability adds its templates here. */
export interface TemplateData {
  'confirm-email': ConfirmEmailData;
  'magic-link': MagicLinkData;
  'reset-password': ResetPasswordData;
  invitation: InvitationData;
  'change-email': ChangeEmailData;
  notification: NotificationData;
}

export type TemplateName = keyof TemplateData;

export const templates: { [K in TemplateName]: (data: TemplateData[K], language: Language) => MailContent } =
  {
    'confirm-email': confirmEmail,
    'magic-link': magicLink,
    'reset-password': resetPassword,
    invitation,
    'change-email': changeEmail,
    notification,
  };
