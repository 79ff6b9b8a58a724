import type { Transporter } from 'nodemailer';
import type { AppContext } from '../context.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import type { MailAttachment } from './mail.service.ts';

const transports = new Map<string, Transporter>();

/**
 * nodemailer is loaded on the first message sent, not at start-up (a few tens of ms of the server's start, issue
 * #10); an install without SMTP never loads it.
 */
async function transportFor(url: string): Promise<Transporter> {
  let transport = transports.get(url);
  if (!transport) {
    const { default: nodemailer } = await import('nodemailer');
    transport =
      transports.get(url) ??
      nodemailer.createTransport(url, {
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      });
    transports.set(url, transport);
  }
  return transport;
}

/**
 * The `mail.send` job: sends one outbox message by SMTP. Without SMTP_URL the message is marked 'kept' (readable
 * in the outbox by administrators, never "sent"). A failure records the error, the attempt count and the time of
 * the next attempt on the outbox row, then lets the job queue retry with backoff; after the last attempt the row
 * is 'failed'.
 */
export const sendMailJob: JobHandler = async (ctx: AppContext, job) => {
  const { outboxId } = job.payload as { outboxId: string };
  const row = await ctx.db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirst();
  if (!row) return { skipped: 'message no longer in the outbox' };
  if (row.status === 'sent' || row.status === 'kept') return { skipped: `already ${row.status}` };

  if (!ctx.env.SMTP_URL) {
    await ctx.db
      .updateTable('outbox')
      .set({ status: 'kept', next_attempt_at: null, last_error: null })
      .where('id', '=', outboxId)
      .execute();
    return { kept: true };
  }

  try {
    const attachments = row.attachments ? (JSON.parse(row.attachments) as MailAttachment[]) : [];
    const info = await (
      await transportFor(ctx.env.SMTP_URL)
    ).sendMail({
      from: ctx.env.MAIL_FROM,
      to: row.to_email,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      headers: { 'Content-Language': row.language, 'Auto-Submitted': 'auto-generated' },
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content, 'base64'),
      })),
    });
    await ctx.db
      .updateTable('outbox')
      .set({
        status: 'sent',
        sent_at: ctx.now().toISOString(),
        attempts: job.attempt,
        last_error: null,
        next_attempt_at: null,
      })
      .where('id', '=', outboxId)
      .execute();
    return { messageId: info.messageId };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ctx.db
      .updateTable('outbox')
      .set({
        status: job.isLastAttempt ? 'failed' : 'pending',
        attempts: job.attempt,
        last_error: message.slice(0, 2000),
        next_attempt_at: job.retryAt ? job.retryAt.toISOString() : null,
      })
      .where('id', '=', outboxId)
      .execute();
    throw error;
  }
};
