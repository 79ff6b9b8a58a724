import { describe, expect, it } from 'vitest';
import { firstAfter, tallyFacets, type FacetFilter, type FacetRow, type SortKey } from './facets.ts';
import {
  TokenDictionary,
  compactRows,
  firstAfterCompact,
  hasAnyToken,
  keysOf,
  tallyCompact,
} from './facets.compact.ts';

let seed = 11;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const VALUES: Record<string, string[]> = {
  theme: ['energy', 'water', 'health', 'culture'],
  region: ['53', '84', '11'],
  departement: ['35', '69', '2A', '974'],
  phase: ['idee', 'etude', 'operation'],
  hasKit: ['true', 'false'],
};

function randomRows(n: number): FacetRow[] {
  return Array.from({ length: n }, (_, i) => {
    const tokens = new Set<string>();
    for (const [facet, values] of Object.entries(VALUES)) {
      // Some rows lack a facet, some have two values of it.
      if (rand() < 0.1) continue;
      tokens.add(`${facet}:${pick(values)}`);
      if (facet !== 'hasKit' && rand() < 0.3) tokens.add(`${facet}:${pick(values)}`);
    }
    return {
      id: `p${String(Math.floor(rand() * 1000)).padStart(4, '0')}-${i}`,
      // Few distinct dates, so the id breaks ties.
      updatedAt: `2026-0${1 + Math.floor(rand() * 3)}-01T00:00:00.000Z`,
      searchTitle: pick(['energi solair', 'eau potabl', 'sant']),
      keys: [...tokens].join(' '),
    };
  });
}

function randomFilters(): FacetFilter[] {
  const filters: FacetFilter[] = [];
  for (const [facet, values] of Object.entries(VALUES)) {
    if (rand() < 0.6) continue;
    const chosen = new Set([pick(values), ...(rand() < 0.4 ? [pick(values)] : [])]);
    // Now and then a value no row has (an unknown token for the dictionary).
    if (rand() < 0.15) chosen.add('inconnue');
    filters.push({ facet, tokens: new Set([...chosen].map((v) => `${facet}:${v}`)) });
  }
  return filters;
}

describe('compact facet tally', () => {
  it('counts, matches and pages exactly as tallyFacets and firstAfter', () => {
    const dictionary = new TokenDictionary();
    for (let round = 0; round < 60; round++) {
      const rows = randomRows(1 + Math.floor(rand() * 300));
      const score = (r: FacetRow) => (r.searchTitle.includes('energi') ? 1 : 0);
      const compact = compactRows(rows, dictionary, score);
      for (let i = 0; i < rows.length; i++) expect(keysOf(compact, i, dictionary)).toBe(rows[i]!.keys);
      const filters = randomFilters();
      const expected = tallyFacets(rows, filters);
      const actual = tallyCompact(compact, dictionary, filters);
      expect(actual.matched.map((i) => rows[i]!.id)).toEqual(expected.matched.map((r) => r.id));
      expect(new Map([...actual.counts].sort())).toEqual(new Map([...expected.counts].sort()));

      // Pages of 7, from the start and after a cursor taken inside the results.
      let after: SortKey | null = null;
      for (let page = 0; page < 3; page++) {
        const want: { item: FacetRow; key: SortKey }[] = firstAfter(expected.matched, score, after, 7);
        const got = firstAfterCompact(compact, actual.matched, (i) => compact.score[i]!, after, 7);
        expect(got.map((g) => g.key)).toEqual(want.map((w) => w.key));
        expect(got.map((g) => compact.ids[g.index])).toEqual(want.map((w) => w.item.id));
        after = want[want.length - 1]?.key ?? null;
        if (!after) break;
      }
    }
  });

  it('finds rows by token and keeps unknown tokens out of the dictionary', () => {
    const dictionary = new TokenDictionary();
    const rows: FacetRow[] = [
      { id: 'a', updatedAt: '2026-01-01', searchTitle: '', keys: 'region:53 departement:35' },
      { id: 'b', updatedAt: '2026-01-02', searchTitle: '', keys: '' },
    ];
    const compact = compactRows(rows, dictionary, () => 0);
    const wanted = new Set([dictionary.find('departement:35')]);
    expect(hasAnyToken(compact, 0, wanted)).toBe(true);
    expect(hasAnyToken(compact, 1, wanted)).toBe(false);
    expect(dictionary.find('departement:69')).toBe(-1);
    expect(keysOf(compact, 1, dictionary)).toBe('');
    const { matched, counts } = tallyCompact(compact, dictionary, [
      { facet: 'region', tokens: new Set(['region:84']) },
    ]);
    expect(matched).toEqual([]);
    // Row a fails only the région filter: it counts for the région facet alone.
    expect([...counts]).toEqual([['region:53', 1]]);
  });
});
