import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { get, post } from './test-support.ts';

describe('organisations: territories, members, roles, ownership', () => {
  let t: TestContext;
  let owner: TestUser;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t, { displayName: 'Odile Owner' });
  });
  afterAll(() => t.close());

  const send = (method: 'PATCH' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const create = (payload: unknown) => post(t, '/organisations', payload, owner.cookie);

  it('checks the territory code against the real INSEE codes, with the territory’s name', async () => {
    const commune = await create({
      name: 'Mairie d’Ajaccio',
      kind: 'commune',
      territoryCode: '2a004',
      siren: '212 000 046',
    });
    expect(commune.statusCode).toBe(201);
    expect(commune.json()).toMatchObject({
      territoryCode: '2A004',
      territoryType: 'commune',
      territoryName: 'Ajaccio',
      siren: '212000046',
    });
    const epci = await create({ name: 'CC Faucigny', kind: 'epci', territoryCode: '200000172' });
    expect(epci.json()).toMatchObject({ territoryType: 'epci', territoryName: 'CC Faucigny - Glières' });
    const region = await create({ name: 'Région AURA', kind: 'region', territoryCode: '84' });
    expect(region.json()).toMatchObject({ territoryType: 'region', territoryName: 'Auvergne-Rhône-Alpes' });
    const dep = await create({ name: 'Association du Vaucluse', kind: 'association', territoryCode: '84' });
    expect(dep.json()).toMatchObject({ territoryType: 'departement', territoryName: 'Vaucluse' });
    const explicit = await create({
      name: 'Réseau régional',
      kind: 'association',
      territoryCode: '84',
      territoryType: 'region',
    });
    expect(explicit.json().territoryName).toBe('Auvergne-Rhône-Alpes');
    const overseas = await create({ name: 'Asso Réunion', kind: 'association', territoryCode: '974' });
    expect(overseas.json().territoryName).toBe('La Réunion');
  });

  it('refuses codes that match no territory, with a clear field error', async () => {
    const unknown = await create({ name: 'Commune fantôme', kind: 'commune', territoryCode: '99999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.territoryCode).toBe(
      'Aucun territoire ne porte le code INSEE «\u00a099999\u00a0» parmi les communes. Vérifiez le code (commune\u00a0: 5\u00a0caractères, EPCI\u00a0: SIREN, département, région).',
    );
    const wrongKind = await create({ name: 'Région ?', kind: 'region', territoryCode: '01001' });
    expect(wrongKind.statusCode).toBe(400);
    const shape = await create({ name: 'Mauvais code', kind: 'other', territoryCode: 'ABC' });
    expect(shape.json().error.fields.territoryCode).toMatch(/^Code INSEE de territoire invalide/);
    const siren = await create({ name: 'Mauvais SIREN', kind: 'company', siren: '123456789' });
    expect(siren.json().error.fields.siren).toBe(
      'Le SIREN doit compter 9 chiffres et sa clé de contrôle doit être juste.',
    );
    expect(
      (await get(t, '/organisations/mine', owner.cookie)).json().items.map((o: { name: string }) => o.name),
    ).not.toContain('Commune fantôme');
  });

  it('checks the territory again on update', async () => {
    const org = (await create({ name: 'Commune de Test', kind: 'commune', territoryCode: '01001' })).json();
    const bad = await send('PATCH', `/organisations/${org.id}`, owner.cookie, {
      territoryCode: '01999',
      version: org.version,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await send('PATCH', `/organisations/${org.id}`, owner.cookie, {
      territoryCode: '01004',
      version: org.version,
    });
    expect(ok.json()).toMatchObject({ territoryName: 'Ambérieu-en-Bugey', version: org.version + 1 });
  });

  it('lets an owner change roles and remove members, never the last owner', async () => {
    const editor = await createTestUser(t);
    const viewer = await createTestUser(t);
    const orgId = await createTestOrganisation(t, owner, [
      { user: editor, role: 'editor' },
      { user: viewer, role: 'viewer' },
    ]);
    const promoted = await send('PATCH', `/organisations/${orgId}/members/${viewer.id}`, owner.cookie, {
      role: 'editor',
    });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ userId: viewer.id, role: 'editor' });
    const badRole = await send('PATCH', `/organisations/${orgId}/members/${viewer.id}`, owner.cookie, {
      role: 'king',
    });
    expect(badRole.json().error.fields.role).toBe('Rôle inconnu (owner, editor ou viewer).');
    const lastOwner = await send('PATCH', `/organisations/${orgId}/members/${owner.id}`, owner.cookie, {
      role: 'viewer',
    });
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.json().error.message).toBe(
      'Une organisation garde toujours au moins un propriétaire. Transférez d’abord la propriété à un autre membre.',
    );
    expect(
      (await send('DELETE', `/organisations/${orgId}/members/${owner.id}`, owner.cookie)).statusCode,
    ).toBe(409);
    expect(
      (await send('DELETE', `/organisations/${orgId}/members/${viewer.id}`, owner.cookie)).statusCode,
    ).toBe(204);
    expect(
      (await send('DELETE', `/organisations/${orgId}/members/${viewer.id}`, owner.cookie)).statusCode,
    ).toBe(404);
    const members = (await get(t, `/organisations/${orgId}/members`, owner.cookie)).json().items;
    expect(members.map((m: { userId: string }) => m.userId).sort()).toEqual([owner.id, editor.id].sort());
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('organisation_id', '=', orgId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['membership.role-change', 'membership.remove']),
    );
  });

  it('lets members leave, except the last owner', async () => {
    const member = await createTestUser(t);
    const orgId = await createTestOrganisation(t, owner, [{ user: member, role: 'viewer' }]);
    expect((await post(t, `/organisations/${orgId}/leave`, {}, owner.cookie)).statusCode).toBe(409);
    expect((await post(t, `/organisations/${orgId}/leave`, {}, member.cookie)).statusCode).toBe(204);
    expect((await get(t, `/organisations/${orgId}/members`, member.cookie)).statusCode).toBe(404);
    expect((await post(t, `/organisations/${orgId}/leave`, {}, member.cookie)).statusCode).toBe(404);
  });

  it('transfers ownership to a member; the former owner becomes editor', async () => {
    const heir = await createTestUser(t);
    const stranger = await createTestUser(t);
    const orgId = await createTestOrganisation(t, owner, [{ user: heir, role: 'viewer' }]);
    expect(
      (await post(t, `/organisations/${orgId}/transfer`, { userId: stranger.id }, owner.cookie)).statusCode,
    ).toBe(404);
    expect(
      (await post(t, `/organisations/${orgId}/transfer`, { userId: owner.id }, owner.cookie)).statusCode,
    ).toBe(400);
    const res = await post(t, `/organisations/${orgId}/transfer`, { userId: heir.id }, owner.cookie);
    expect(res.statusCode).toBe(200);
    const roles = Object.fromEntries(
      res.json().items.map((m: { userId: string; role: string }) => [m.userId, m.role]),
    );
    expect(roles).toEqual({ [heir.id]: 'owner', [owner.id]: 'editor' });
    expect(
      (await send('PATCH', `/organisations/${orgId}/members/${heir.id}`, owner.cookie, { role: 'viewer' }))
        .statusCode,
    ).toBe(403);
    expect((await post(t, `/organisations/${orgId}/leave`, {}, owner.cookie)).statusCode).toBe(204);
  });
});
