import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { msg, type LocalizedMessage } from '../errors.ts';
import { queueMail } from '../mail/mail.service.ts';
import { organisationEditors } from './site-requests.repository.ts';

/**
 * E-mails of the sites capability, through the outbox (one per editor or owner of the organisation told, in their
 * language), written in the caller's transaction: a decision is never saved without its notice, nor the reverse.
 */
export interface SiteNotice {
  subject: LocalizedMessage;
  paragraphs: LocalizedMessage[];
  /** Web path of the page to open (request or site). */
  path: string;
}

export async function notifyOrganisation(
  ctx: AppContext,
  db: Db,
  organisationId: string,
  notice: SiteNotice,
  exceptUserId: string | null,
): Promise<number> {
  const people = (await organisationEditors(db, organisationId)).filter((p) => p.id !== exceptUserId);
  for (const person of people)
    await queueMail(
      db,
      {
        to: person.email,
        language: person.language,
        template: 'notification',
        data: {
          subject: notice.subject,
          paragraphs: notice.paragraphs,
          action: {
            label: msg('Ouvrir dans Essaim', 'Open in Essaim'),
            url: new URL(notice.path, ctx.env.PUBLIC_URL).toString(),
          },
        },
      },
      ctx.now(),
    );
  return people.length;
}

/** The first lines of a message, for a notice (the full text stays in the application, behind sign-in). */
export function excerpt(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
