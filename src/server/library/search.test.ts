import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesNormalized, toSearchQuery } from '../../core/search/french.ts';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';

/**
 * Run on both engines (`npx vitest run src/server/library` and `ESSAIM_TEST_DB=postgres …`): the expectations are
 * exact ordered lists, so passing on both means both engines return the same results in the same order.
 */
describe('library search, facets, map and « près de chez moi »', () => {
  let t: TestContext;
  let owner: TestUser;
  let orgId: string;
  const seed: [string, Record<string, unknown>][] = [
    [
      'Énergies citoyennes du Pilat',
      {
        themes: ['energy'],
        territories: ['42'],
        summary: 'Des toits solaires financés par les habitants.',
        scalingSituation: 'spread-adapted',
      },
    ],
    [
      'Rénovation énergétique accompagnée',
      {
        themes: ['housing', 'energy'],
        territories: ['45252'],
        summary: 'Auto-réhabilitation des logements.',
        phase: 'etude',
      },
    ],
    [
      'Hôpital de jour itinérant',
      { themes: ['health'], territories: ['35238'], summary: 'Un car médical dans les bourgs.' },
    ],
    [
      'Cantines et agriculteurs',
      {
        themes: ['food-agriculture'],
        territories: ['35'],
        summary: 'Les hôpitaux et écoles achètent aux fermes du bassin.',
      },
    ],
    [
      'Eau potable et paiements pour services',
      {
        themes: ['water', 'food-agriculture'],
        territories: ['243500139'],
        summary: 'Protéger les captages.',
        scalingSituation: 'change-rules',
      },
    ],
    [
      'Mobilité solidaire en Gâtinais',
      { themes: ['mobility'], territories: ['45'], summary: 'Transport à la demande pour l’emploi.' },
    ],
    [
      'Tiers-lieu numérique',
      { themes: ['digital'], territories: [{ type: 'region', code: '53' }], summary: 'Médiation numérique.' },
    ],
  ];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    orgId = await createTestOrganisation(t, owner, [], 'Réseau Test');
    let i = 0;
    for (const [title, overrides] of seed) {
      t.setNow(new Date(Date.parse('2026-01-01T00:00:00.000Z') + i++ * 60_000));
      ids[title] = await makeProject(t, owner, orgId, {
        title,
        description: '',
        ...overrides,
        visibility: 'public',
      });
    }
    t.setNow(new Date('2026-11-25T10:00:00.000Z'));
  });
  afterAll(() => t.close());

  const search = async (qs: string, user: TestUser | null = null) => {
    const res = await api(t, user, 'GET', `/library/search?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

  it('finds words without accents and across inflections, title matches first', async () => {
    // « énergétique » stems apart (energet); that project matches through its theme label « Énergie », not its title.
    expect(titles(await search('q=energie'))).toEqual([
      'Énergies citoyennes du Pilat',
      'Rénovation énergétique accompagnée',
    ]);
    expect(titles(await search('q=hopital'))).toEqual([
      'Hôpital de jour itinérant',
      'Cantines et agriculteurs',
    ]);
    expect(titles(await search('q=mobilite%20emploi'))).toEqual(['Mobilité solidaire en Gâtinais']);
    expect(titles(await search('q=zzzz'))).toEqual([]);
    expect((await search('q=le%20la%20de')).total).toBe(seed.length);
  });

  it('agrees with the reference matcher on every stored text', async () => {
    const rows = await t.ctx.db.selectFrom('projects').select(['title', 'search_text']).execute();
    for (const q of ['énergie', 'hopitaux', 'eau captage', 'numerique', 'logement renovation', 'fermes']) {
      const expected = rows
        .filter((r) => matchesNormalized(r.search_text, toSearchQuery(q)))
        .map((r) => r.title)
        .sort();
      expect(titles(await search(`q=${encodeURIComponent(q)}`)).sort(), q).toEqual(expected);
    }
  });

  it('counts facets with every filter but their own', async () => {
    const all = await search('');
    expect(all.total).toBe(7);
    expect(all.facets.theme.slice(0, 2)).toEqual([
      { value: 'energy', count: 2 },
      { value: 'food-agriculture', count: 2 },
    ]);
    expect(all.facets.region).toEqual(
      expect.arrayContaining([
        { value: '53', count: 4, label: 'Bretagne' },
        { value: '24', count: 2, label: 'Centre-Val de Loire' },
      ]),
    );
    expect(all.facets.hasKit).toEqual([{ value: 'false', count: 7 }]);
    expect(all.facets.organisationKind).toEqual([{ value: 'epci', count: 7 }]);
    const energy = await search('theme=energy');
    expect(energy.total).toBe(2);
    expect(energy.facets.theme.find((f: { value: string }) => f.value === 'water')).toEqual({
      value: 'water',
      count: 1,
    });
    expect(energy.facets.region).toEqual(
      expect.arrayContaining([{ value: '84', count: 1, label: 'Auvergne-Rhône-Alpes' }]),
    );
    expect(energy.facets.region.find((f: { value: string }) => f.value === '53')).toBeUndefined();
    const several = await search('theme=energy,water&region=24,84');
    expect(titles(several).sort()).toEqual([
      'Rénovation énergétique accompagnée',
      'Énergies citoyennes du Pilat',
    ]);
    expect(titles(await search('phase=etude'))).toEqual(['Rénovation énergétique accompagnée']);
    expect(titles(await search('situation=change-rules'))).toEqual([
      'Eau potable et paiements pour services',
    ]);
    expect(titles(await search('departement=35&q=hopitaux'))).toEqual([
      'Hôpital de jour itinérant',
      'Cantines et agriculteurs',
    ]);
    expect((await search('hasKit=true')).total).toBe(0);
  });

  it('sorts by date and by proximity, and pages with a cursor', async () => {
    expect(titles(await search('sort=date&limit=3'))).toEqual([
      'Tiers-lieu numérique',
      'Mobilité solidaire en Gâtinais',
      'Eau potable et paiements pour services',
    ]);
    const near = await search('sort=proximity&near=35238&limit=4');
    expect(near.items.map((i: { title: string; proximity: string }) => `${i.proximity}:${i.title}`)).toEqual([
      'epci:Eau potable et paiements pour services',
      'epci:Hôpital de jour itinérant',
      'departement:Cantines et agriculteurs',
      'region:Tiers-lieu numérique',
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = await search(
        `sort=proximity&near=35238&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...titles(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 4)).toEqual(titles(near));
  });

  it('refuses bad parameters with the field', async () => {
    for (const [qs, field] of [
      ['sort=proximity', 'near'],
      ['near=99999', 'near'],
      ['theme=astrology', 'theme.0'],
      ['cursor=abc', 'cursor'],
      ['limit=500', 'limit'],
      [`q=${'a'.repeat(201)}`, 'q'],
    ]) {
      const res = await api(t, null, 'GET', `/library/search?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(Object.keys(res.json().error.fields), qs).toContain(field);
    }
  });

  it('counts projects per département and per région for the map', async () => {
    const deps = (await api(t, null, 'GET', '/library/map?level=departement')).json();
    expect(deps.areas).toEqual([
      { code: '35', name: 'Ille-et-Vilaine', count: 3 },
      { code: '42', name: 'Loire', count: 1 },
      { code: '45', name: 'Loiret', count: 2 },
    ]);
    const regions = (await api(t, null, 'GET', '/library/map?level=region&theme=energy')).json();
    expect(regions).toEqual({
      level: 'region',
      total: 2,
      areas: [
        { code: '24', name: 'Centre-Val de Loire', count: 1 },
        { code: '84', name: 'Auvergne-Rhône-Alpes', count: 1 },
      ],
    });
  });

  it('shows « près de chez moi »: my département, the rest of my région, similar territories', async () => {
    const res = await api(t, null, 'GET', '/library/near?commune=35238');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.commune.name).toBe('Rennes');
    expect(body.reference).toMatchObject({ type: 'epci', code: '243500139' });
    expect(titles(body.departement)).toEqual([
      'Eau potable et paiements pour services',
      'Hôpital de jour itinérant',
      'Cantines et agriculteurs',
    ]);
    expect(titles(body.region)).toEqual(['Tiers-lieu numérique']);
    expect(body.similar).toEqual([]);

    // A project in an EPCI similar to Pithiviers' one shows up when looking from Pithiviers.
    const pithiviers = (await api(t, null, 'GET', '/territories/45252')).json();
    const twin = (await api(t, null, 'GET', `/territories/${pithiviers.epci.code}/similar`)).json().items[0];
    await makeProject(t, owner, orgId, {
      title: 'Épicerie mobile',
      territories: [{ type: 'epci', code: twin.code }],
      visibility: 'public',
    });
    const fromPithiviers = (await api(t, null, 'GET', '/library/near?commune=45252')).json();
    expect(fromPithiviers.reference.code).toBe(pithiviers.epci.code);
    expect(fromPithiviers.similar).toHaveLength(1);
    expect(fromPithiviers.similar[0]).toMatchObject({
      territory: { code: twin.code, epciType: pithiviers.epci.type },
      total: 1,
      items: [{ title: 'Épicerie mobile' }],
    });
    expect(fromPithiviers.similar[0].territory.populationBand).toEqual(
      fromPithiviers.reference.populationBand,
    );
  });
});
