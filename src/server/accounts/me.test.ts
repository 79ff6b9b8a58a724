import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  TEST_PASSWORD,
  type TestContext,
} from '../test/harness.ts';
import { get, lastMailTo, linkFromMail, post, sessionCookie } from './test-support.ts';

describe('accounts: my profile, password, address, sessions and personal data', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  const send = (method: 'PATCH' | 'DELETE', url: string, cookie: string | undefined, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  it('updates the display name and language, with field errors for bad input', async () => {
    const user = await createTestUser(t);
    const res = await send('PATCH', '/auth/me', user.cookie, {
      displayName: '  Jeanne Martin ',
      language: 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Jeanne Martin', language: 'en' });
    const bad = await send('PATCH', '/auth/me', user.cookie, { displayName: '', language: 'de' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['displayName', 'language']);
    expect((await send('PATCH', '/auth/me', undefined, { displayName: 'X' })).statusCode).toBe(401);
  });

  it('changes the password after checking the current one, and signs out the other sessions only', async () => {
    const user = await createTestUser(t);
    const other = sessionCookie(
      await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD }),
    )!;
    const wrong = await post(
      t,
      '/auth/me/password',
      { currentPassword: 'pas le bon', newPassword: 'un nouveau secret solide' },
      user.cookie,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'Mot de passe actuel incorrect.' });
    const weak = await post(
      t,
      '/auth/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'court' },
      user.cookie,
    );
    expect(weak.json().error.fields.newPassword).toBe('Le mot de passe doit compter au moins 10 caractères.');
    const ok = await post(
      t,
      '/auth/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'un nouveau secret solide' },
      user.cookie,
    );
    expect(ok.statusCode).toBe(204);
    expect((await get(t, '/auth/me', user.cookie)).statusCode).toBe(200);
    expect((await get(t, '/auth/me', other)).statusCode).toBe(401);
    expect(
      (await post(t, '/auth/sign-in', { email: user.email, password: 'un nouveau secret solide' }))
        .statusCode,
    ).toBe(200);
  });

  it('changes the address through a link sent to the new one, and tells the old one', async () => {
    const user = await createTestUser(t, { email: 'ancienne@example.org' });
    await createTestUser(t, { email: 'prise@example.org' });
    const taken = await post(
      t,
      '/auth/me/email',
      { newEmail: 'prise@example.org', password: TEST_PASSWORD },
      user.cookie,
    );
    expect(taken.json().error.fields.newEmail).toBe('Cette adresse est déjà utilisée par un autre compte.');
    const badPassword = await post(
      t,
      '/auth/me/email',
      { newEmail: 'nouvelle@example.org', password: 'faux' },
      user.cookie,
    );
    expect(badPassword.json().error.fields.password).toBe('Mot de passe actuel incorrect.');
    const res = await post(
      t,
      '/auth/me/email',
      { newEmail: 'Nouvelle@example.org', password: TEST_PASSWORD },
      user.cookie,
    );
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ sentTo: 'nouvelle@example.org' });
    expect((await get(t, '/auth/me', user.cookie)).json().email).toBe('ancienne@example.org');
    const { url, token } = await linkFromMail(t, 'nouvelle@example.org', 'change-email');
    expect(url).toMatch(/\/compte\/confirmer-nouvelle-adresse\?token=/);
    const confirm = await post(t, '/auth/me/email/confirm', { token });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toEqual({ email: 'nouvelle@example.org', emailVerified: true });
    expect((await get(t, '/auth/me', user.cookie)).json().email).toBe('nouvelle@example.org');
    expect((await lastMailTo(t, 'ancienne@example.org'))?.subject).toBe('Votre adresse e-mail a changé');
    expect((await post(t, '/auth/me/email/confirm', { token })).statusCode).toBe(410);
    expect(
      (await post(t, '/auth/sign-in', { email: 'nouvelle@example.org', password: TEST_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('lists my active sessions without their secrets, revokes one, and refuses someone else’s', async () => {
    const user = await createTestUser(t);
    const second = await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, undefined, {
      'user-agent': 'Firefox de test',
    });
    const secondCookie = sessionCookie(second)!;
    const list = await get(t, '/auth/sessions', user.cookie);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; userAgent: string | null }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const secret = secondCookie.split('=')[1]!;
    expect(JSON.stringify(items)).not.toContain(secret);
    const target = items.find((s) => s.userAgent === 'Firefox de test')!;
    expect(target.current).toBe(false);

    const stranger = await createTestUser(t);
    expect((await send('DELETE', `/auth/sessions/${target.id}`, stranger.cookie)).statusCode).toBe(404);
    expect((await send('DELETE', `/auth/sessions/${target.id}`, user.cookie)).statusCode).toBe(204);
    expect((await get(t, '/auth/me', secondCookie)).statusCode).toBe(401);
    expect((await get(t, '/auth/sessions', user.cookie)).json().items).toHaveLength(1);
    expect((await send('DELETE', `/auth/sessions/${target.id}`, user.cookie)).statusCode).toBe(404);
  });

  it('signs out everywhere, this session included', async () => {
    const user = await createTestUser(t);
    const second = sessionCookie(
      await post(t, '/auth/sign-in', { email: user.email, password: TEST_PASSWORD }),
    )!;
    const res = await post(t, '/auth/sign-out-everywhere', {}, user.cookie);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'essaim_session')?.value).toBe('');
    expect((await get(t, '/auth/me', user.cookie)).statusCode).toBe(401);
    expect((await get(t, '/auth/me', second)).statusCode).toBe(401);
  });

  it('exports all my data as a JSON attachment, without secrets', async () => {
    const user = await createTestUser(t, { email: 'export@example.org' });
    await createTestOrganisation(t, user, [], 'Commune de Test-Export');
    const res = await get(t, '/auth/me/export', user.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="essaim-mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = res.json();
    expect(data.user).toMatchObject({ id: user.id, email: 'export@example.org', hasPassword: true });
    expect(data.memberships).toEqual([
      expect.objectContaining({ organisationName: 'Commune de Test-Export', role: 'owner' }),
    ]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.activity.map((a: { action: string }) => a.action)).toContain('organisation.create');
    expect(res.body).not.toMatch(/scrypt\$/);
    expect(res.body).not.toContain(user.cookie.split('=')[1]);
    expect((await get(t, '/auth/me/export')).statusCode).toBe(401);
  });

  it('refuses to delete the account of the only owner of an organisation with other members, naming it', async () => {
    const owner = await createTestUser(t);
    const member = await createTestUser(t);
    await createTestOrganisation(t, owner, [{ user: member, role: 'editor' }], 'Réseau des Tiers-Lieux');
    const res = await send('DELETE', '/auth/me', owner.cookie, { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ownership_transfer_required');
    expect(res.json().error.message).toBe(
      'Vous êtes le seul propriétaire de\u00a0: Réseau des Tiers-Lieux. Transférez la propriété à un autre membre (ou retirez les autres membres) avant de supprimer votre compte.',
    );
    expect((await get(t, '/auth/me', owner.cookie)).statusCode).toBe(200);
  });

  it('deletes my account: checks the password, anonymises me, revokes my sessions, trashes the organisations I was alone in', async () => {
    const user = await createTestUser(t, { email: 'partir@example.org', displayName: 'Paul Départ' });
    const orgId = await createTestOrganisation(t, user, [], 'Association Solo');
    const wrong = await send('DELETE', '/auth/me', user.cookie, { password: 'faux mot de passe' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.password).toBe('Mot de passe incorrect.');
    const res = await send('DELETE', '/auth/me', user.cookie, { password: TEST_PASSWORD });
    expect(res.statusCode).toBe(204);
    expect((await get(t, '/auth/me', user.cookie)).statusCode).toBe(401);
    expect(
      (await post(t, '/auth/sign-in', { email: 'partir@example.org', password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    const row = await t.ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: 'Compte supprimé', password_hash: null });
    expect(row.email).not.toContain('partir');
    expect(row.deleted_at).not.toBeNull();
    const org = await t.ctx.db
      .selectFrom('organisations')
      .select('deleted_at')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    expect(org.deleted_at).not.toBeNull();
    // The address is free again for a new account.
    expect(
      (
        await post(t, '/auth/sign-up', {
          email: 'partir@example.org',
          password: TEST_PASSWORD,
          displayName: 'Paul',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('asks accounts without a password for the confirmation phrase', async () => {
    const user = await createTestUser(t);
    await t.ctx.db.updateTable('users').set({ password_hash: null }).where('id', '=', user.id).execute();
    const refused = await send('DELETE', '/auth/me', user.cookie, { confirmation: 'oui' });
    expect(refused.json().error.fields.confirmation).toBe(
      'Écrivez «\u00a0supprimer mon compte\u00a0» pour confirmer.',
    );
    expect(
      (await send('DELETE', '/auth/me', user.cookie, { confirmation: 'Supprimer mon compte' })).statusCode,
    ).toBe(204);
  });
});
