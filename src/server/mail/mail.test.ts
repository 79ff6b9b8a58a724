import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { findJob } from '../jobs/jobs.repository.ts';
import { msg } from '../errors.ts';
import { queueMail } from './mail.service.ts';
import { closedPort, startTestSmtp } from './test-smtp.ts';

describe('e-mail: outbox, rendering, sending by SMTP with retries', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  beforeAll(async () => {
    t = await createTestContext();
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  const outbox = (id: string) =>
    t.ctx.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const run = () => runDueJobs(t.ctx, jobHandlers, { kinds: ['mail.send'] });

  it('writes the outbox row and its sending job together, or neither', async () => {
    const before = await t.ctx.db.selectFrom('outbox').select('id').execute();
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await queueMail(
          trx,
          {
            to: 'a@example.org',
            language: 'fr',
            template: 'magic-link',
            data: { name: 'A', url: 'http://x/y', expiresInMinutes: 15 },
          },
          t.ctx.now(),
        );
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await t.ctx.db.selectFrom('outbox').select('id').execute()).toEqual(before);
    expect(await t.ctx.db.selectFrom('jobs').select('id').where('kind', '=', 'mail.send').execute()).toEqual(
      [],
    );
    const { outboxId, jobId } = await queueMail(
      t.ctx.db,
      {
        to: 'a@example.org',
        language: 'fr',
        template: 'magic-link',
        data: { name: 'A', url: 'http://x/y', expiresInMinutes: 15 },
      },
      t.ctx.now(),
    );
    expect(await outbox(outboxId)).toMatchObject({
      status: 'pending',
      job_id: jobId,
      template: 'magic-link',
    });
    expect((await findJob(t.ctx.db, jobId))?.kind).toBe('mail.send');
  });

  it('without SMTP keeps the message in the outbox with a state of its own, never "sent"', async () => {
    t.ctx.env.SMTP_URL = undefined;
    const { outboxId } = await queueMail(
      t.ctx.db,
      {
        to: 'b@example.org',
        language: 'en',
        template: 'magic-link',
        data: { name: 'B', url: 'http://x/y', expiresInMinutes: 15 },
      },
      t.ctx.now(),
    );
    await run();
    expect(await outbox(outboxId)).toMatchObject({ status: 'kept', sent_at: null, last_error: null });
  });

  it('sends by SMTP in the recipient language, as text and escaped HTML, with attachments', async () => {
    t.ctx.env.SMTP_URL = smtp.url;
    const { outboxId } = await queueMail(
      t.ctx.db,
      {
        to: 'claire@example.org',
        language: 'fr',
        template: 'invitation',
        data: {
          inviterName: 'Léa <script>alert(1)</script>',
          organisationName: 'Commune d’Évian & co',
          role: 'editor',
          url: 'http://localhost:3000/compte/invitation?token=abc&x=1',
          expiresInDays: 14,
        },
        attachments: [
          {
            filename: 'fiche.txt',
            contentType: 'text/plain',
            content: Buffer.from('Bonjour à tous').toString('base64'),
          },
        ],
      },
      t.ctx.now(),
    );
    const { outboxId: enId } = await queueMail(
      t.ctx.db,
      {
        to: 'sam@example.org',
        language: 'en',
        template: 'reset-password',
        data: { name: 'Sam', url: 'http://localhost:3000/r', expiresInMinutes: 60 },
      },
      t.ctx.now(),
    );
    await run();
    expect(await outbox(outboxId)).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_at: t.ctx.now().toISOString(),
    });
    const fr = smtp.received.find((m) => m.to.includes('claire@example.org'))!;
    expect(fr.subject).toBe(
      'Léa <script>alert(1)</script> vous invite à rejoindre Commune d’Évian & co sur Essaim',
    );
    expect(fr.text).toContain('en tant que éditeur ou éditrice');
    expect(fr.text).toContain('http://localhost:3000/compte/invitation?token=abc&x=1');
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.html).toContain('Léa &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(fr.html).not.toContain('<script>');
    expect(fr.html).toContain('href="http://localhost:3000/compte/invitation?token=abc&amp;x=1"');
    expect(fr.html).toContain('Commune d’Évian &amp; co');
    expect(fr.attachments).toEqual([
      { filename: 'fiche.txt', contentType: 'text/plain', content: Buffer.from('Bonjour à tous') },
    ]);
    const en = smtp.received.find((m) => m.to.includes('sam@example.org'))!;
    expect(en.subject).toBe('Choose a new password');
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain('expires in 60 minutes');
    expect((await outbox(enId)).status).toBe('sent');
  });

  it('renders the generic notification from texts given in both languages', async () => {
    t.ctx.env.SMTP_URL = smtp.url;
    await queueMail(
      t.ctx.db,
      {
        to: 'notif@example.org',
        language: 'en',
        template: 'notification',
        data: {
          subject: msg('Rappel', 'Reminder'),
          paragraphs: [msg('Votre session commence demain.', 'Your session starts tomorrow.')],
          action: { label: msg('Voir', 'See'), url: 'http://localhost:3000/formations' },
        },
      },
      t.ctx.now(),
    );
    await run();
    const m = smtp.received.find((r) => r.to.includes('notif@example.org'))!;
    expect(m.subject).toBe('Reminder');
    expect(m.text).toContain('Your session starts tomorrow.');
    expect(m.text).toContain('See: http://localhost:3000/formations');
  });

  it('retries a failed send with backoff visible in the outbox, then marks it failed after the last attempt', async () => {
    t.ctx.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { outboxId, jobId } = await queueMail(
      t.ctx.db,
      {
        to: 'down@example.org',
        language: 'fr',
        template: 'magic-link',
        data: { name: 'D', url: 'http://x/y', expiresInMinutes: 15 },
      },
      t.ctx.now(),
    );
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const report = await run();
      expect(report.claimed).toBe(1);
      const row = await outbox(outboxId);
      expect(row.attempts).toBe(attempt);
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      if (attempt < 6) {
        expect(row.status).toBe('pending');
        const next = new Date(row.next_attempt_at!).getTime();
        delays.push(next - t.ctx.now().getTime());
        t.setNow(new Date(next));
      } else {
        expect(row.status).toBe('failed');
        expect(row.next_attempt_at).toBeNull();
      }
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect((await findJob(t.ctx.db, jobId))?.status).toBe('failed');
  });

  it('recovers when the SMTP server comes back before the last attempt', async () => {
    t.ctx.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { outboxId } = await queueMail(
      t.ctx.db,
      {
        to: 'back@example.org',
        language: 'fr',
        template: 'magic-link',
        data: { name: 'R', url: 'http://x/y', expiresInMinutes: 15 },
      },
      t.ctx.now(),
    );
    await run();
    expect((await outbox(outboxId)).status).toBe('pending');
    t.ctx.env.SMTP_URL = smtp.url;
    t.setNow(new Date(t.ctx.now().getTime() + 30_000));
    await run();
    expect(await outbox(outboxId)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(smtp.received.some((m) => m.to.includes('back@example.org'))).toBe(true);
  });
});
