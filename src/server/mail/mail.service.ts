import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { enqueueJob } from '../jobs/jobs.repository.ts';
import { renderMail, type Language } from './render.ts';
import { templates, type TemplateData, type TemplateName } from './templates/index.ts';

export const MAIL_SEND_JOB = 'mail.send';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Base64. */
  content: string;
}

export type QueuedMail = {
  [K in TemplateName]: {
    to: string;
    language: Language;
    template: K;
    data: TemplateData[K];
    attachments?: MailAttachment[];
  };
}[TemplateName];

/**
 * Renders the message in the recipient's language, writes it to the outbox and enqueues its sending job, in one
 * transaction (the caller's, when `db` already is one): a message is never lost between the two.
 */
export async function queueMail(
  db: Db,
  mail: QueuedMail,
  now: Date = new Date(),
): Promise<{ outboxId: string; jobId: string }> {
  const render = templates[mail.template] as (
    data: unknown,
    language: Language,
  ) => ReturnType<(typeof templates)['notification']>;
  const rendered = renderMail(render(mail.data, mail.language), mail.language);
  const write = async (trx: Db) => {
    const outboxId = randomUUID();
    const jobId = await enqueueJob(trx, MAIL_SEND_JOB, { outboxId }, { now, maxAttempts: 6 });
    await trx
      .insertInto('outbox')
      .values({
        id: outboxId,
        to_email: mail.to,
        subject: rendered.subject,
        text_body: rendered.text,
        html_body: rendered.html,
        language: mail.language,
        attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
        status: 'pending',
        last_error: null,
        created_at: now.toISOString(),
        sent_at: null,
        template: mail.template,
        job_id: jobId,
        next_attempt_at: now.toISOString(),
      })
      .execute();
    return { outboxId, jobId };
  };
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}
