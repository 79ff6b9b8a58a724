import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsOf } from '../../core/search/facets.ts';
import { findTerritory } from '../territories/territories.service.ts';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';
import { presentFacets } from './search.present.ts';
import { FACET_NAMES, searchQuery, searchResult, type SearchResult } from './search.schemas.ts';
import { searchLibrary } from './search.service.ts';

/**
 * The search keeps each answer it sent, serialised, under the library generation (search.cache.ts). These tests
 * read a search once, so that its answer is kept, then change what its cards show and search again: a stale
 * answer fails them. The writes go straight to the database where they can, as another process or tool would.
 */
describe('search answers kept between requests', () => {
  let t: TestContext;
  let owner: TestUser;
  let org: string;
  let first: string;
  let second: string;
  const url = '/library/search?q=ressourcerie';

  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    org = await createTestOrganisation(t, owner, [], 'Recyclerie du bocage');
    first = await makeProject(t, owner, org, { title: 'Ressourcerie du bocage', visibility: 'public' });
    second = await makeProject(t, owner, org, {
      title: 'Ressourcerie mobile',
      themes: ['environment'],
      visibility: 'public',
    });
  }, 60_000);
  afterAll(() => t.close());

  const search = async (user: TestUser | null = null, path = url) => {
    const res = await api(t, user, 'GET', path);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SearchResult;
  };
  const card = (body: SearchResult, id: string) => body.items.find((i) => i.id === id)!;

  it('is byte for byte the schema-validated answer, sent as JSON, the same when repeated', async () => {
    const queries: Record<string, string>[] = [
      { q: 'ressourcerie' },
      { q: 'ressourcerie', theme: 'environment', limit: '1' },
      {},
    ];
    for (const query of queries) {
      const path = `/library/search?${new URLSearchParams(query)}`;
      const res = await api(t, null, 'GET', path);
      const again = await api(t, null, 'GET', path);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const expected = JSON.stringify(
        searchResult.parse(await searchLibrary(t.ctx, null, searchQuery.parse(query))),
      );
      expect(res.body).toBe(expected);
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
      expect(again.body).toBe(res.body);
      expect(searchResult.parse(res.json())).toEqual(res.json());
    }
  });

  it('keeps apart what differs: filters, limit, cursor, sort, reader', async () => {
    const all = await search();
    expect(all.total).toBe(2);
    const environment = await search(null, `${url}&theme=environment`);
    expect(environment.items.map((i) => i.id)).toEqual([second]);
    const one = await search(null, `${url}&limit=1`);
    expect(one.items).toHaveLength(1);
    expect(one.nextCursor).not.toBeNull();
    const next = await search(null, `${url}&limit=1&cursor=${one.nextCursor}`);
    expect(next.items.map((i) => i.id)).not.toEqual(one.items.map((i) => i.id));
    const near = await search(null, `${url}&sort=proximity&near=35238`);
    expect(near.items.every((i) => i.proximity === 'epci')).toBe(true);

    const hidden = await makeProject(t, owner, org, { title: 'Ressourcerie privée', visibility: 'private' });
    expect((await search(owner)).items.map((i) => i.id)).toContain(hidden);
    expect((await search(null)).items.map((i) => i.id)).not.toContain(hidden);
    expect((await search(owner)).items.map((i) => i.id)).toContain(hidden);
  });

  it('shows an image added, then removed', async () => {
    expect(card(await search(), first).imageUrl).toBeNull();
    await t.ctx.db
      .insertInto('project_images')
      .values({
        id: 'c0ffee00-0000-4000-8000-000000000001',
        project_id: first,
        content_type: 'image/png',
        size: 3,
        width: 1,
        height: 1,
        alt: 'La ressourcerie',
        position: 0,
        data: Buffer.from([1, 2, 3]),
        created_by: null,
        created_at: new Date().toISOString(),
        deleted_at: null,
      })
      .execute();
    expect(card(await search(), first).imageUrl).toBe(
      `/api/v1/projects/${first}/images/c0ffee00-0000-4000-8000-000000000001`,
    );
    await t.ctx.db
      .updateTable('project_images')
      .set({ deleted_at: new Date().toISOString() })
      .where('project_id', '=', first)
      .execute();
    expect(card(await search(), first).imageUrl).toBeNull();
  });

  it('shows an organisation renamed', async () => {
    expect(card(await search(), first).organisation.name).toBe('Recyclerie du bocage');
    await t.ctx.db
      .updateTable('organisations')
      .set({ name: 'Recyclerie des haies' })
      .where('id', '=', org)
      .execute();
    expect(card(await search(), first).organisation.name).toBe('Recyclerie des haies');
  });

  it('shows a territory’s name changed and a territory removed', async () => {
    const before = card(await search(), first).territories;
    expect(before.length).toBeGreaterThan(0);
    await t.ctx.db
      .updateTable('project_territories')
      .set({ name: 'Rennes (renommée)' })
      .where('project_id', '=', first)
      .where('type', '=', 'commune')
      .execute();
    expect(card(await search(), first).territories.find((x) => x.type === 'commune')?.name).toBe(
      'Rennes (renommée)',
    );
    await t.ctx.db.deleteFrom('project_territories').where('project_id', '=', first).execute();
    expect(card(await search(), first).territories).toEqual([]);
  });

  it('shows a title edited through the API', async () => {
    await search();
    const current = (await api(t, owner, 'GET', `/projects/${second}`)).json() as { version: number };
    const edited = await api(t, owner, 'PATCH', `/projects/${second}`, {
      title: 'Ressourcerie itinérante',
      version: current.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(card(await search(), second).title).toBe('Ressourcerie itinérante');
  });
});

describe('presentFacets', () => {
  it('gives every facet as countsOf would, in one pass, with the areas’ names', () => {
    const counts = new Map<string, number>([
      ['theme:water', 2],
      ['theme:energy', 5],
      ['theme:agriculture', 2],
      ['region:53', 4],
      ['departement:35', 4],
      ['departement:99', 1],
      ['epci:243500139', 4],
      ['status:published', 7],
      ['hasKit:true', 1],
      ['themes', 3],
    ]);
    const name = (facet: 'region' | 'departement', code: string) => findTerritory(facet, code)?.name;
    const expected = Object.fromEntries(
      FACET_NAMES.map((facet) => [
        facet,
        countsOf(counts, facet).map((c) => {
          const label = facet === 'region' || facet === 'departement' ? name(facet, c.value) : undefined;
          return label ? { ...c, label } : c;
        }),
      ]),
    );
    for (let i = 0; i < 2; i++) {
      const facets = presentFacets(counts);
      expect(JSON.stringify(facets)).toBe(JSON.stringify(expected));
    }
    expect(presentFacets(counts).region).toEqual([{ value: '53', count: 4, label: 'Bretagne' }]);
    expect(presentFacets(counts).theme.map((c) => c.value)).toEqual(['energy', 'agriculture', 'water']);
  });
});
