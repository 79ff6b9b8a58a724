import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';

/**
 * The permission matrix of the library: private records never leak to another organisation, in any endpoint
 * (record, lists, search, facets, map, près de chez moi, exports, open data, images).
 */
describe('library permissions', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let secret: string;
  let shared: string;
  let users: Record<string, TestUser | null>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
    users = {
      owner: m.owner,
      editor: m.editor,
      viewer: m.viewer,
      outsider: m.outsider,
      facilitator: m.facilitator,
      admin: m.admin,
      anonymous: null,
    };
    // Private but published, in the Cantal (15): the only project there, so any count there would be a leak.
    secret = await makeProject(t, m.owner, m.organisationId, {
      title: 'Zygomatique confidentiel',
      territories: ['15014'],
      themes: ['culture'],
      visibility: 'private',
    });
    shared = await makeProject(t, m.owner, m.organisationId, {
      title: 'Xylophone partagé',
      territories: ['15014'],
      themes: ['culture'],
      visibility: 'shared',
      sharedWithOrganisationIds: [m.otherOrganisationId],
    });
  });
  afterAll(() => t.close());

  const readers = ['owner', 'editor', 'viewer', 'admin'];
  const expectFor = async (
    route: (u: TestUser | null) => Promise<number>,
    expected: Record<string, number>,
  ) => {
    for (const [name, user] of Object.entries(users))
      expect(await route(user), `${name}`).toBe(expected[name]);
  };

  it('reads a private record only inside its organisation (404 elsewhere: its existence does not leak)', async () => {
    await expectFor(async (u) => (await api(t, u, 'GET', `/projects/${secret}`)).statusCode, {
      owner: 200,
      editor: 200,
      viewer: 200,
      admin: 200,
      outsider: 404,
      facilitator: 404,
      anonymous: 404,
    });
    await expectFor(async (u) => (await api(t, u, 'GET', `/projects/${shared}`)).statusCode, {
      owner: 200,
      editor: 200,
      viewer: 200,
      admin: 200,
      outsider: 200,
      facilitator: 404,
      anonymous: 404,
    });
  });

  it('lets only editors, owners and administrators change a record', async () => {
    // A stale version: whoever passes the permission check gets 409, the others 403, 404 or 401.
    const denied = { viewer: 403, outsider: 404, facilitator: 404, anonymous: 401 };
    await expectFor(
      async (u) =>
        (await api(t, u, 'PATCH', `/projects/${secret}`, { version: 99, title: 'Piraté' })).statusCode,
      { owner: 409, editor: 409, admin: 409, ...denied },
    );
    await expectFor(
      async (u) => (await api(t, u, 'POST', `/projects/${secret}/publish`, { version: 99 })).statusCode,
      { owner: 409, editor: 409, admin: 409, ...denied },
    );
    await expectFor(
      async (u) => (await api(t, u, 'PUT', `/projects/${secret}/story`, { version: 99 })).statusCode,
      { owner: 409, editor: 409, admin: 409, ...denied },
    );
    await expectFor(
      async (u) =>
        (await api(t, u, 'PATCH', `/projects/${shared}`, { version: 99, title: 'Autre' })).statusCode,
      { owner: 409, editor: 409, admin: 409, viewer: 403, outsider: 403, facilitator: 404, anonymous: 401 },
    );
    for (const u of [m.viewer, m.outsider, null])
      expect((await api(t, u, 'DELETE', `/projects/${secret}`)).statusCode).not.toBe(204);
    for (const u of [m.viewer, m.outsider, null]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${secret}/images`,
        headers: { ...(u ? { cookie: u.cookie } : {}), 'content-type': 'image/png' },
        payload: Buffer.from('x'),
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(401);
      expect(res.statusCode).toBeLessThanOrEqual(404);
    }
    expect(
      (await api(t, m.outsider, 'POST', '/projects', { organisationId: m.organisationId, title: 'Intrus' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await api(t, null, 'POST', '/projects', { organisationId: m.organisationId, title: 'Intrus' }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await t.ctx.db
          .selectFrom('projects')
          .select('title')
          .where('id', '=', secret)
          .executeTakeFirstOrThrow()
      ).title,
    ).toBe('Zygomatique confidentiel');
  });

  it('never shows a private record in search, facets, map or près de chez moi to another organisation', async () => {
    for (const [name, user] of Object.entries(users)) {
      const canSee = readers.includes(name);
      const search = (await api(t, user, 'GET', '/library/search?q=zygomatique')).json();
      expect(search.total, name).toBe(canSee ? 1 : 0);
      const facets = (await api(t, user, 'GET', '/library/search')).json().facets;
      const cantal = facets.departement.find((f: { value: string }) => f.value === '15')?.count ?? 0;
      const sharedVisible = canSee || name === 'outsider' ? 1 : 0;
      expect(cantal, name).toBe((canSee ? 1 : 0) + sharedVisible);
      const map = (await api(t, user, 'GET', '/library/map?level=departement')).json();
      expect(map.areas.find((a: { code: string }) => a.code === '15')?.count ?? 0, name).toBe(cantal);
      const near = (await api(t, user, 'GET', '/library/near?commune=15014')).json();
      expect(near.departement.total, name).toBe(cantal);
      expect(JSON.stringify(near).includes('Zygomatique'), name).toBe(canSee);
    }
  });

  it('keeps private records out of exports and open data', async () => {
    for (const u of [m.outsider, m.facilitator]) {
      const csv = (await api(t, u, 'GET', '/library/export.csv')).body;
      expect(csv).not.toContain('Zygomatique');
    }
    expect((await api(t, m.viewer, 'GET', '/library/export.csv')).body).toContain('Zygomatique');
    for (const url of ['/open-data/projects.csv', '/open-data/projects.json']) {
      const body = (await api(t, null, 'GET', url)).body;
      expect(body).not.toContain('Zygomatique');
      expect(body).not.toContain('Xylophone');
    }
    const mine = (await api(t, m.outsider, 'GET', '/projects/mine')).json();
    expect(mine.items).toEqual([]);
  });
});
