import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestUser,
  TEST_PASSWORD,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { jobHandlers } from '../jobs/job-handlers.ts';
import { closedPort } from '../mail/test-smtp.ts';
import { get, post } from './test-support.ts';

describe('administration: users, organisations, outbox, audit', () => {
  let t: TestContext;
  let admin: TestUser;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestContext();
    admin = await createTestUser(t, { platformRole: 'admin', displayName: 'Ada Admin' });
    user = await createTestUser(t, { email: 'lucie.martin@example.org', displayName: 'Lucie Martin' });
    for (let i = 0; i < 5; i++) {
      t.setNow(new Date(t.ctx.now().getTime() + 1000));
      await createTestUser(t, { email: `page-${i}@example.org`, displayName: `Page ${i}` });
    }
  });
  afterAll(() => t.close());

  const patch = (id: string, payload: unknown, cookie = admin.cookie) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${id}`,
      headers: { cookie },
      payload: payload as object,
    });

  it('searches users by name or address and pages through them with a cursor', async () => {
    const found = await get(t, '/admin/users?q=LUCIE', admin.cookie);
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((u: { email: string }) => u.email)).toEqual(['lucie.martin@example.org']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(t, `/admin/users?limit=3${cursor ? `&cursor=${cursor}` : ''}`, admin.cookie);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((u: { id: string }) => u.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const bad = await get(t, '/admin/users?cursor=nimporte', admin.cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.cursor).toBe('Curseur de pagination invalide.');
  });

  it('is for administrators only', async () => {
    expect((await get(t, '/admin/users')).statusCode).toBe(401);
    const res = await get(t, '/admin/outbox', user.cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('Réservé aux administrateurs de la plateforme.');
  });

  it('makes a user facilitator, audited', async () => {
    const res = await patch(user.id, { platformRole: 'facilitator' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, platformRole: 'facilitator' });
    expect((await get(t, '/auth/me', user.cookie)).json().platformRole).toBe('facilitator');
    const audit = await get(
      t,
      `/admin/audit?action=user.platform-role-change&userId=${user.id}`,
      admin.cookie,
    );
    expect(audit.json().items[0]).toMatchObject({
      actorUserId: admin.id,
      actorName: 'Ada Admin',
      subjectId: user.id,
      details: { from: 'user', to: 'facilitator' },
    });
  });

  it('disables an account, which ends its sessions and blocks sign-in; enables it again', async () => {
    const target = await createTestUser(t);
    const res = await patch(target.id, { disabled: true });
    expect(res.json().disabled).toBe(true);
    expect((await get(t, '/auth/me', target.cookie)).statusCode).toBe(401);
    expect(
      (await post(t, '/auth/sign-in', { email: target.email, password: TEST_PASSWORD })).json().error.code,
    ).toBe('account_disabled');
    expect((await patch(target.id, { disabled: false })).json().disabled).toBe(false);
    expect(
      (await post(t, '/auth/sign-in', { email: target.email, password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
    const actions = (await get(t, `/admin/audit?userId=${target.id}`, admin.cookie))
      .json()
      .items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.disable', 'user.enable', 'user.sign-in-failed']));
  });

  it('does not let administrators demote or disable themselves', async () => {
    const res = await patch(admin.id, { platformRole: 'user' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('cannot_change_self');
  });

  it('lists organisations with their member count', async () => {
    await post(
      t,
      '/organisations',
      { name: 'Commune de Lescure', kind: 'commune', territoryCode: '09160' },
      user.cookie,
    );
    const res = await get(t, '/admin/organisations?q=lescure', admin.cookie);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        name: 'Commune de Lescure',
        memberCount: 1,
        territoryCode: '09160',
        deleted: false,
      }),
    ]);
  });

  it('shows the outbox with delivery state and retries, and each message in full', async () => {
    t.ctx.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await post(t, '/auth/magic-link', { email: user.email });
    await runDueJobs(t.ctx, jobHandlers);
    const list = await get(t, '/admin/outbox?status=pending', admin.cookie);
    const item = list.json().items.find((m: { to: string }) => m.to === user.email);
    expect(item).toMatchObject({
      template: 'magic-link',
      status: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED/),
      nextAttemptAt: expect.any(String),
    });
    const detail = await get(t, `/admin/outbox/${item.id}`, admin.cookie);
    expect(detail.json()).toMatchObject({
      subject: 'Votre lien de connexion à Essaim',
      job: { status: 'pending', attempts: 1, maxAttempts: 6 },
    });
    expect(detail.json().textBody).toContain('/compte/lien-de-connexion?token=');
    expect(detail.json().htmlBody).toContain('<html lang="fr">');
    t.ctx.env.SMTP_URL = undefined;
    expect((await get(t, `/admin/outbox/${item.id}`, user.cookie)).statusCode).toBe(403);
  });

  it('keeps sign-ins and permission changes in the audit log, paged', async () => {
    const first = await get(t, '/admin/audit?limit=2', admin.cookie);
    expect(first.json().items).toHaveLength(2);
    const next = await get(t, `/admin/audit?limit=2&cursor=${first.json().nextCursor}`, admin.cookie);
    expect(next.json().items[0].id).not.toBe(first.json().items[0].id);
    const signIns = await get(t, '/admin/audit?action=user.sign-in&limit=100', admin.cookie);
    expect(signIns.json().items.length).toBeGreaterThanOrEqual(7);
  });
});
