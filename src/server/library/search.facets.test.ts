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
 * The search counts its facets in one pass over the full-text candidates (src/core/search/facets.ts). Here every
 * count is checked against a naive count written from the stored rows, over a random library (two organisations,
 * private, shared, draft and trashed records, kits), for an anonymous reader and a member.
 */
const FACETS = [
  'theme',
  'region',
  'departement',
  'phase',
  'situation',
  'hasKit',
  'organisationKind',
] as const;
type Facet = (typeof FACETS)[number];

let seed = 7;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

describe('facet counts equal a naive count', () => {
  let t: TestContext;
  let owner: TestUser;
  let other: TestUser;
  let orgA: string;

  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    other = await createTestUser(t);
    orgA = await createTestOrganisation(t, owner, [], 'Commune A');
    const orgB = await createTestOrganisation(t, other, [], 'Association B');
    await t.ctx.db.updateTable('organisations').set({ kind: 'association' }).where('id', '=', orgB).execute();
    const territories = ['35238', '35', '45252', '42', '243500139', '69123', '13055', '2A004', '974'];
    const words = ['énergie solaire', 'hôpital de jour', 'eau potable', 'cantine bio', 'vélo partagé'];
    for (let i = 0; i < 36; i++) {
      const [user, org] = rand() < 0.6 ? [owner, orgA] : [other, orgB];
      t.setNow(new Date(Date.parse('2026-02-01T00:00:00.000Z') + i * 60_000));
      const id = await makeProject(
        t,
        user,
        org,
        {
          title: `${pick(words)} ${i}`,
          summary: `${pick(words)} et ${pick(words)}.`,
          description: '',
          themes: [
            ...new Set([pick(['energy', 'water', 'health']), pick(['energy', 'mobility', 'culture'])]),
          ],
          territories: [...new Set([pick(territories), pick(territories)])],
          phase: pick(['idee', 'etude', 'operation']),
          scalingSituation: pick(['widen-public', 'spread-adapted', 'change-rules']),
          visibility: pick(['public', 'public', 'private']),
        },
        rand() < 0.85,
      );
      if (rand() < 0.2)
        await t.ctx.db.updateTable('projects').set({ has_kit: 1 }).where('id', '=', id).execute();
      if (rand() < 0.1) expect((await api(t, user, 'DELETE', `/projects/${id}`)).statusCode).toBe(204);
    }
  }, 120_000);
  afterAll(() => t.close());

  async function naive(member: boolean, filters: Partial<Record<Facet, string[]>>, q: string) {
    const rows = await t.ctx.db
      .selectFrom('projects as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'p.id',
        'p.organisation_id',
        'p.visibility',
        'p.status',
        'p.deleted_at',
        'p.search_text',
        'p.has_kit',
        'p.updated_at',
        'o.kind',
      ])
      .execute();
    const facetRows = await t.ctx.db.selectFrom('project_facets').selectAll().execute();
    const query = toSearchQuery(q);
    const values = (row: (typeof rows)[number], facet: Facet): string[] =>
      facet === 'hasKit'
        ? [String(Number(row.has_kit) === 1)]
        : facet === 'organisationKind'
          ? [row.kind]
          : facetRows.filter((f) => f.project_id === row.id && f.facet === facet).map((f) => f.value);
    const visible = rows.filter(
      (r) =>
        r.deleted_at === null &&
        ((r.visibility === 'public' && r.status === 'published') || (member && r.organisation_id === orgA)) &&
        (query.groups.length === 0 || matchesNormalized(r.search_text, query)),
    );
    const passes = (r: (typeof rows)[number], except?: Facet) =>
      FACETS.every((f) => f === except || !filters[f] || values(r, f).some((v) => filters[f]!.includes(v)));
    const counts: Record<string, { value: string; count: number }[]> = {};
    for (const facet of FACETS) {
      const tally = new Map<string, number>();
      for (const r of visible.filter((x) => passes(x, facet)))
        for (const v of new Set(values(r, facet))) tally.set(v, (tally.get(v) ?? 0) + 1);
      counts[facet] = [...tally]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => a.value.localeCompare(b.value));
    }
    const ids = visible
      .filter((r) => passes(r))
      .sort((a, b) =>
        a.updated_at !== b.updated_at ? (a.updated_at < b.updated_at ? 1 : -1) : a.id < b.id ? 1 : -1,
      )
      .map((r) => r.id);
    return { total: ids.length, counts, ids };
  }

  const cases: [string, Partial<Record<Facet, string[]>>, string][] = [
    ['everything', {}, ''],
    ['one theme', { theme: ['energy'] }, ''],
    ['two themes and a région', { theme: ['energy', 'water'], region: ['53'] }, ''],
    ['text and a phase', { phase: ['etude'] }, 'énergie'],
    ['kit and organisation kind', { hasKit: ['true'], organisationKind: ['association'] }, ''],
    [
      'theme, phase, kit and kind',
      { theme: ['water', 'health'], phase: ['operation'], hasKit: ['false'], organisationKind: ['commune'] },
      '',
    ],
    ['région and département', { region: ['53', '84'], departement: ['69'] }, ''],
    [
      'département and situation with text',
      { departement: ['35', '2A'], situation: ['change-rules'] },
      'hopital',
    ],
  ];

  for (const member of [false, true])
    for (const [name, filters, q] of cases)
      it(`${name} (${member ? 'member' : 'anonymous'})`, async () => {
        const qs = new URLSearchParams(
          Object.fromEntries([
            ...Object.entries(filters).map(([k, v]) => [k, v.join(',')]),
            ...(q ? [['q', q]] : []),
          ]),
        );
        const res = await api(t, member ? owner : null, 'GET', `/library/search?${qs}&limit=50`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as {
          total: number;
          items: unknown[];
          facets: Record<Facet, { value: string; count: number }[]>;
        };
        const expected = await naive(member, filters, q);
        if (name === 'everything') expect(expected.total).toBeGreaterThan(10);
        expect(body.total).toBe(expected.total);
        expect(body.items).toHaveLength(Math.min(50, expected.total));
        for (const facet of FACETS)
          expect(
            body.facets[facet]
              .map(({ value, count }) => ({ value, count }))
              .sort((a, b) => a.value.localeCompare(b.value)),
            facet,
          ).toEqual(expected.counts[facet]);
        const map = (
          await api(t, member ? owner : null, 'GET', `/library/map?level=region&${qs}`)
        ).json() as {
          areas: { code: string; count: number }[];
        };
        expect(map.areas.map((a) => ({ value: a.code, count: a.count }))).toEqual(
          [...expected.counts.region].sort((a, b) => (a.value < b.value ? -1 : 1)),
        );
      });

  // Without text: walking every page gives each match once, newest first.
  for (const member of [false, true])
    it(`pages without text in date order (${member ? 'member' : 'anonymous'})`, async () => {
      for (const filters of [{}, { theme: ['energy', 'water'] }] as Partial<Record<Facet, string[]>>[]) {
        const expected = await naive(member, filters, '');
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const qs = new URLSearchParams({
            sort: 'date',
            limit: '4',
            ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v.join(',')])),
            ...(cursor ? { cursor } : {}),
          });
          const res = await api(t, member ? owner : null, 'GET', `/library/search?${qs}`);
          expect(res.statusCode, res.body).toBe(200);
          const body = res.json() as { items: { id: string }[]; nextCursor: string | null; total: number };
          expect(body.total).toBe(expected.total);
          seen.push(...body.items.map((i) => i.id));
          cursor = body.nextCursor;
        } while (cursor);
        expect(seen).toEqual(expected.ids);
      }
    });
});
