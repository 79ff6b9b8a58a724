import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
  openSecondPool,
} from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';

/**
 * The search keeps candidate sets between requests (search.cache.ts). Every kind of write that changes a result must
 * show in the next search, whoever makes it: the API, a direct update as the models service does for `has_kit`, a
 * share, an organisation's kind, and on PostgreSQL another connection pool (another application process).
 */
interface Body {
  total: number;
  items: { id: string }[];
  facets: Record<string, { value: string; count: number }[]>;
}

describe('search cache invalidation', () => {
  let t: TestContext;
  let owner: TestUser;
  let reader: TestUser;
  let org: string;
  let readerOrg: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    reader = await createTestUser(t);
    org = await createTestOrganisation(t, owner, [], 'Commune du cache');
    readerOrg = await createTestOrganisation(t, reader, [], 'Lecteurs');
    for (let i = 0; i < 4; i++)
      ids.push(
        await makeProject(t, owner, org, { title: `Chaufferie bois numéro ${i}`, visibility: 'public' }),
      );
  }, 60_000);
  afterAll(() => t.close());

  const search = async (user: TestUser | null, qs = 'q=chaufferie') => {
    const res = await api(t, user, 'GET', `/library/search?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Body;
  };
  const count = (body: Body, facet: string, value: string) =>
    body.facets[facet]?.find((c) => c.value === value)?.count ?? 0;

  it('sees a kit set by a direct update, as the models service does', async () => {
    expect(count(await search(null), 'hasKit', 'true')).toBe(0);
    expect((await search(null)).total).toBe(4);
    await t.ctx.db.updateTable('projects').set({ has_kit: 1 }).where('id', '=', ids[0]!).execute();
    const after = await search(null);
    expect(count(after, 'hasKit', 'true')).toBe(1);
    expect((await search(null, 'q=chaufferie&hasKit=true')).items.map((i) => i.id)).toEqual([ids[0]]);
  });

  it('sees a project trashed through the API and an edited title', async () => {
    await search(null);
    expect((await api(t, owner, 'DELETE', `/projects/${ids[1]}`)).statusCode).toBe(204);
    expect((await search(null)).total).toBe(3);
    const current = (await api(t, owner, 'GET', `/projects/${ids[2]}`)).json() as { version: number };
    const edited = await api(t, owner, 'PATCH', `/projects/${ids[2]}`, {
      title: 'Maison de santé',
      version: current.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await search(null)).total).toBe(2);
  });

  it('sees a share and an organisation kind', async () => {
    const shared = await makeProject(t, owner, org, {
      title: 'Chaufferie partagée',
      visibility: 'shared',
      sharedWithOrganisationIds: [],
    });
    const before = await search(reader);
    expect(before.items.map((i) => i.id)).not.toContain(shared);
    await t.ctx.db
      .insertInto('project_shares')
      .values({ project_id: shared, organisation_id: readerOrg })
      .execute();
    expect((await search(reader)).items.map((i) => i.id)).toContain(shared);

    expect(count(await search(null), 'organisationKind', 'association')).toBe(0);
    await t.ctx.db.updateTable('organisations').set({ kind: 'association' }).where('id', '=', org).execute();
    expect(count(await search(null), 'organisationKind', 'association')).toBe(2);
  });

  it.runIf(t_isPostgres())(
    'sees a write made through another connection pool (another process)',
    async () => {
      const other = await openSecondPool(t);
      try {
        const before = (await search(null)).total;
        await other.db.transaction().execute(async (trx) => {
          await trx
            .updateTable('projects')
            .set({ visibility: 'private' })
            .where('id', '=', ids[0]!)
            .execute();
          await trx.updateTable('projects').set({ has_kit: 0 }).where('id', '=', ids[0]!).execute();
        });
        expect((await search(null)).total).toBe(before - 1);
      } finally {
        await other.close();
      }
    },
  );
});

function t_isPostgres() {
  return process.env.ESSAIM_TEST_DB === 'postgres';
}
