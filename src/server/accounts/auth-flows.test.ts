import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, TEST_PASSWORD, type TestContext } from '../test/harness.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { startTestSmtp } from '../mail/test-smtp.ts';
import { get, lastMailTo, linkFromMail, mailsTo, post, sessionCookie } from './test-support.ts';

describe('accounts: confirmation, e-mail sign-in links, forgotten password', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  const later = (ms: number) => t.setNow(new Date(t.ctx.now().getTime() + ms));

  it('signs up, sends the confirmation by SMTP in the chosen language, and confirms the address once', async () => {
    const smtp = await startTestSmtp();
    try {
      t.ctx.env.SMTP_URL = smtp.url;
      const res = await post(t, '/auth/sign-up', {
        email: 'Nadia@Example.org',
        password: TEST_PASSWORD,
        displayName: 'Nadia',
        language: 'en',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email: 'nadia@example.org', emailVerified: false });
      const cookie = sessionCookie(res)!;
      await runDueJobs(t.ctx, jobHandlers);
      const mail = smtp.received.find((m) => m.to.includes('nadia@example.org'))!;
      expect(mail.subject).toBe('Confirm your e-mail address');
      const url = /(http:\/\/localhost:3000\/compte\/confirmer-adresse\?token=[\w-]+)/.exec(mail.text)![1]!;
      const token = new URL(url).searchParams.get('token')!;
      expect(mail.html).toContain(url);
      expect((await lastMailTo(t, 'nadia@example.org'))?.status).toBe('sent');

      const ok = await post(t, '/auth/confirm-email', { token });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ email: 'nadia@example.org', emailVerified: true });
      expect((await get(t, '/auth/me', cookie)).json().emailVerified).toBe(true);

      const again = await post(t, '/auth/confirm-email', { token });
      expect(again.statusCode).toBe(410);
      expect(again.json().error).toMatchObject({
        code: 'link_used',
        message:
          'Ce lien a déjà servi\u00a0: chaque lien ne fonctionne qu’une fois. Demandez-en un nouveau si besoin.',
      });
    } finally {
      t.ctx.env.SMTP_URL = undefined;
      await smtp.close();
    }
  });

  it('refuses forged and expired confirmation links with clear messages', async () => {
    const forged = await post(
      t,
      '/auth/confirm-email',
      { token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      undefined,
      { 'accept-language': 'en' },
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error).toMatchObject({
      code: 'link_invalid',
      message: 'This link is not valid. Check that it was copied in full, or ask for a new one.',
    });
    await post(t, '/auth/sign-up', {
      email: 'late@example.org',
      password: TEST_PASSWORD,
      displayName: 'Late',
    });
    const { token } = await linkFromMail(t, 'late@example.org', 'confirm-email');
    later(48 * 3_600_000 + 1000);
    const expired = await post(t, '/auth/confirm-email', { token });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toMatchObject({
      code: 'link_expired',
      message: 'Ce lien a expiré. Demandez-en un nouveau.',
    });
  });

  it('resends the confirmation to a signed-in, unconfirmed account only', async () => {
    const signUp = await post(t, '/auth/sign-up', {
      email: 'resend@example.org',
      password: TEST_PASSWORD,
      displayName: 'Re',
    });
    const cookie = sessionCookie(signUp)!;
    expect((await post(t, '/auth/resend-confirmation', {})).statusCode).toBe(401);
    const res = await post(t, '/auth/resend-confirmation', {}, cookie);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ sentTo: 'resend@example.org' });
    expect(
      (await mailsTo(t, 'resend@example.org')).filter((m) => m.template === 'confirm-email'),
    ).toHaveLength(2);
    const { token } = await linkFromMail(t, 'resend@example.org', 'confirm-email');
    expect((await post(t, '/auth/confirm-email', { token })).statusCode).toBe(200);
    const done = await post(t, '/auth/resend-confirmation', {}, cookie);
    expect(done.statusCode).toBe(409);
    expect(done.json().error.code).toBe('already_verified');
  });

  it('answers a sign-in link request the same way for known and unknown addresses, mailing only the known one', async () => {
    const user = await createTestUser(t, { email: 'magic@example.org' });
    const known = await post(t, '/auth/magic-link', { email: 'MAGIC@example.org' });
    const unknown = await post(t, '/auth/magic-link', { email: 'nobody@example.org' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(await mailsTo(t, 'nobody@example.org')).toEqual([]);
    const { url, token } = await linkFromMail(t, user.email, 'magic-link');
    expect(url).toMatch(/^http:\/\/localhost:3000\/compte\/lien-de-connexion\?token=/);
    // The secret is not in the database: only its hash.
    expect(
      await t.ctx.db.selectFrom('auth_tokens').select('id').where('id', '=', token).executeTakeFirst(),
    ).toBeUndefined();

    const res = await post(t, '/auth/magic-link/consume', { token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, email: 'magic@example.org' });
    const cookie = sessionCookie(res)!;
    expect((await get(t, '/auth/me', cookie)).statusCode).toBe(200);
    const reused = await post(t, '/auth/magic-link/consume', { token });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe('link_used');
    expect(sessionCookie(reused)).toBeUndefined();
  });

  it('lets a sign-in link expire after 15 minutes', async () => {
    const user = await createTestUser(t);
    await post(t, '/auth/magic-link', { email: user.email });
    const { token } = await linkFromMail(t, user.email, 'magic-link');
    later(15 * 60_000 + 1);
    const res = await post(t, '/auth/magic-link/consume', { token });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('link_expired');
  });

  it('accepts a link only once even when two requests race', async () => {
    const user = await createTestUser(t);
    await post(t, '/auth/magic-link', { email: user.email });
    const { token } = await linkFromMail(t, user.email, 'magic-link');
    const results = await Promise.all([0, 1, 2].map(() => post(t, '/auth/magic-link/consume', { token })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410, 410]);
  });

  it('resets a forgotten password once, signs out every other session, and keeps the new one', async () => {
    const user = await createTestUser(t, { email: 'forgot@example.org' });
    expect((await post(t, '/auth/password/forgot', { email: 'forgot@example.org' })).statusCode).toBe(202);
    expect((await post(t, '/auth/password/forgot', { email: 'ghost@example.org' })).body).toBe(
      '{"accepted":true}',
    );
    const { url, token } = await linkFromMail(t, user.email, 'reset-password');
    expect(url).toMatch(/\/compte\/nouveau-mot-de-passe\?token=/);

    const weak = await post(t, '/auth/password/reset', { token, password: 'azerty1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.password).toBe(
      'Ce mot de passe est trop courant. Choisissez une phrase que vous seul connaissez.',
    );

    const res = await post(t, '/auth/password/reset', { token, password: 'un tout nouveau secret 42' });
    expect(res.statusCode).toBe(200);
    const fresh = sessionCookie(res)!;
    expect((await get(t, '/auth/me', user.cookie)).statusCode).toBe(401);
    expect((await get(t, '/auth/me', fresh)).statusCode).toBe(200);
    expect((await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(
      401,
    );
    expect(
      (await post(t, '/auth/sign-in', { email: user.email, password: 'un tout nouveau secret 42' }))
        .statusCode,
    ).toBe(200);
    const reused = await post(t, '/auth/password/reset', { token, password: 'encore un autre secret' });
    expect(reused.statusCode).toBe(410);
  });

  it('lets a reset link expire after one hour', async () => {
    const user = await createTestUser(t);
    await post(t, '/auth/password/forgot', { email: user.email });
    const { token } = await linkFromMail(t, user.email, 'reset-password');
    later(60 * 60_000 + 1);
    const res = await post(t, '/auth/password/reset', { token, password: 'un tout nouveau secret 42' });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.message).toBe('Ce lien a expiré. Demandez-en un nouveau.');
  });

  it('does not accept one kind of link for another', async () => {
    const user = await createTestUser(t);
    await post(t, '/auth/magic-link', { email: user.email });
    const { token } = await linkFromMail(t, user.email, 'magic-link');
    const res = await post(t, '/auth/password/reset', { token, password: 'un tout nouveau secret 42' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('link_invalid');
  });

  it('rate limits link requests per address, saying when to try again', async () => {
    const user = await createTestUser(t);
    later(15 * 60_000);
    for (let i = 0; i < 5; i++)
      expect((await post(t, '/auth/magic-link', { email: user.email })).statusCode).toBe(202);
    const res = await post(t, '/auth/magic-link', { email: user.email });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/^Trop de tentatives\. Réessayez dans \d+\u00a0minutes?\.$/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Unknown addresses are limited the same way, so the limit reveals nothing either.
    for (let i = 0; i < 5; i++)
      await post(t, '/auth/password/forgot', { email: 'unknown-limit@example.org' });
    expect((await post(t, '/auth/password/forgot', { email: 'unknown-limit@example.org' })).statusCode).toBe(
      429,
    );
  });
});
