import { sql } from 'kysely';
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
import { clearSearchCache } from './search.cache.ts';
import { dropSearchIndex, searchIndexActivity, searchIndexSettled } from './search.index.ts';

/**
 * The process's index of every project (search.index.ts) follows writes by reading only the projects marked since
 * its generation (migration 0205). After each kind of write, every search (readers with different rights, with and
 * without text, with a filter) must give exactly what an index read whole from the database gives, and the index
 * must have been brought up to date from the changes, not read again (except after a project deleted for good).
 */
describe('search index kept up to date from the changes', () => {
  let t: TestContext;
  let owner: TestUser;
  let other: TestUser;
  let reader: TestUser;
  let admin: TestUser;
  let org: string;
  let otherOrg: string;
  let readerOrg: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    other = await createTestUser(t);
    reader = await createTestUser(t);
    admin = await createTestUser(t, { platformRole: 'admin' });
    org = await createTestOrganisation(t, owner, [], 'Commune de l’index');
    otherOrg = await createTestOrganisation(t, other, [], 'Association voisine');
    readerOrg = await createTestOrganisation(t, reader, [], 'Lecteurs');
    const themes = ['energy', 'water', 'health'];
    for (let i = 0; i < 6; i++)
      ids.push(
        await makeProject(t, i < 4 ? owner : other, i < 4 ? org : otherOrg, {
          title: `Chaufferie bois numéro ${i}`,
          themes: [themes[i % 3]],
          territories: [i % 2 ? '35238' : '69123'],
          visibility: i === 3 ? 'shared' : 'public',
          sharedWithOrganisationIds: [],
        }),
      );
  }, 60_000);
  afterAll(() => t.close());

  const QUERIES = ['q=chaufferie', '', 'q=chaufferie&theme=energy', 'region=84', 'q=bois&hasKit=true'];
  const searchAll = async () => {
    const out: unknown[] = [];
    for (const user of [null, owner, reader, admin])
      for (const qs of QUERIES) {
        const res = await api(t, user, 'GET', `/library/search?${qs}`);
        expect(res.statusCode, res.body).toBe(200);
        out.push(res.json());
      }
    return out;
  };

  /**
   * Searches through the maintained index, then through the database directly and an index read whole: the same
   * answers, and no whole read (or one when `rebuilt`: the searches meanwhile read the database directly).
   */
  async function expectUpToDate(rebuilt = false) {
    const before = searchIndexActivity(t.ctx);
    const maintained = await searchAll();
    await searchIndexSettled(t.ctx);
    const after = searchIndexActivity(t.ctx);
    expect(after.builds - before.builds).toBe(rebuilt ? 1 : 0);
    if (!rebuilt) expect(after.updates).toBeGreaterThan(before.updates);
    dropSearchIndex(t.ctx);
    clearSearchCache(t.ctx);
    expect(maintained).toEqual(await searchAll());
    await searchIndexSettled(t.ctx);
    expect(maintained).toEqual(await searchAll());
    return maintained as { total: number; items: { id: string }[] }[];
  }

  it('starts from an index read whole', async () => {
    await searchAll();
    await searchIndexSettled(t.ctx);
    expect(searchIndexActivity(t.ctx).builds).toBe(1);
  });

  it('follows direct updates of visibility, kit, case study and facets', async () => {
    await t.ctx.db.updateTable('projects').set({ visibility: 'private' }).where('id', '=', ids[0]!).execute();
    await t.ctx.db.updateTable('projects').set({ has_kit: 1 }).where('id', '=', ids[1]!).execute();
    await t.ctx.db.updateTable('projects').set({ is_case_study: 1 }).where('id', '=', ids[2]!).execute();
    await t.ctx.db
      .updateTable('projects')
      .set({ facet_keys: 'theme:culture region:84' })
      .where('id', '=', ids[4]!)
      .execute();
    const results = await expectUpToDate();
    // Anonymous, « chaufferie »: the private one is gone.
    expect(results[0]!.items.map((i) => i.id)).not.toContain(ids[0]);
  });

  it('follows a title edited and a project trashed through the API, and a new project', async () => {
    const current = (await api(t, owner, 'GET', `/projects/${ids[2]}`)).json() as { version: number };
    const edited = await api(t, owner, 'PATCH', `/projects/${ids[2]}`, {
      title: 'Maison de santé',
      version: current.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await api(t, owner, 'DELETE', `/projects/${ids[1]}`)).statusCode).toBe(204);
    ids.push(await makeProject(t, other, otherOrg, { title: 'Chaufferie collective', themes: ['energy'] }));
    await expectUpToDate();
  });

  it('follows a share and an organisation’s kind, which change no project row', async () => {
    await t.ctx.db
      .insertInto('project_shares')
      .values({ project_id: ids[3]!, organisation_id: readerOrg })
      .execute();
    await t.ctx.db
      .updateTable('organisations')
      .set({ kind: 'association' })
      .where('id', '=', otherOrg)
      .execute();
    const results = await expectUpToDate();
    // The reader, « chaufferie »: the project shared with the reader's organisation is there.
    expect(results[QUERIES.length * 2]!.items.map((i) => i.id)).toContain(ids[3]);
    await t.ctx.db.deleteFrom('project_shares').where('project_id', '=', ids[3]!).execute();
    expect((await expectUpToDate())[QUERIES.length * 2]!.items.map((i) => i.id)).not.toContain(ids[3]);
  });

  it('reads the index whole after a project deleted for good (it leaves nothing to read)', async () => {
    await t.ctx.db.transaction().execute(async (trx) => {
      for (const table of ['project_facets', 'project_territories', 'project_shares'] as const)
        await trx.deleteFrom(table).where('project_id', '=', ids[5]!).execute();
      await trx.deleteFrom('projects').where('id', '=', ids[5]!).execute();
    });
    const results = await expectUpToDate(true);
    expect(results[QUERIES.length * 3]!.items.map((i) => i.id)).not.toContain(ids[5]);
  });

  it('reads the index whole when the generation goes back (a restored backup)', async () => {
    await searchAll();
    await sql`delete from library_generation`.execute(t.ctx.db);
    await t.ctx.db.updateTable('projects').set({ visibility: 'private' }).where('id', '=', ids[4]!).execute();
    await expectUpToDate(true);
  });

  it.runIf(process.env.ESSAIM_TEST_DB === 'postgres')(
    'follows a write made through another connection pool (another process)',
    async () => {
      await searchAll();
      const pool = await openSecondPool(t);
      try {
        await pool.db.transaction().execute(async (trx) => {
          await trx.updateTable('projects').set({ has_kit: 1 }).where('id', '=', ids[3]!).execute();
          await trx
            .insertInto('project_shares')
            .values({ project_id: ids[3]!, organisation_id: readerOrg })
            .execute();
        });
      } finally {
        await pool.close();
      }
      await expectUpToDate();
    },
  );
});
