import type { LocalizedMessage } from '../../errors.ts';
import type { Language, MailContent } from '../render.ts';

/**
 * A generic message for any capability (reminders, new message on a site, export ready...): the caller gives each
 * text in both languages and the recipient's language picks one.
 */
export interface NotificationData {
  subject: LocalizedMessage;
  greeting?: LocalizedMessage;
  paragraphs: LocalizedMessage[];
  action?: { label: LocalizedMessage; url: string };
  notes?: LocalizedMessage[];
}

export function notification(d: NotificationData, language: Language): MailContent {
  return {
    subject: d.subject[language],
    ...(d.greeting ? { greeting: d.greeting[language] } : {}),
    paragraphs: d.paragraphs.map((p) => p[language]),
    ...(d.action ? { action: { label: d.action.label[language], url: d.action.url } } : {}),
    notes: (d.notes ?? []).map((n) => n[language]),
  };
}
