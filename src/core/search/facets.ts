import type { SearchQuery } from './french.ts';

/**
 * Facet counting and ordering of library search results, done once over the rows that match the text and the
 * reader's rights. The database runs the full-text match a single time per request and returns, for each
 * candidate, its facet keys (`facet:value` tokens, denormalised on the project); everything else happens here, so
 * both engines give the same counts and the same order by construction.
 */
export interface FacetRow {
  id: string;
  updatedAt: string;
  /** Normalised title (space-separated stems), for the relevance score. */
  searchTitle: string;
  /** Space-separated `facet:value` tokens: theme, phase, status, situation, region, departement, epci, kit, kind. */
  keys: string;
}

/** One active filter: a row passes when it has at least one of the tokens (values of one facet are OR-ed). */
export interface FacetFilter {
  facet: string;
  tokens: ReadonlySet<string>;
}

export interface FacetTally {
  /** Rows passing every filter. */
  matched: FacetRow[];
  /** `facet:value` → number of rows passing every filter but that facet's own. */
  counts: Map<string, number>;
}

const facetOf = (token: string) => token.slice(0, token.indexOf(':'));

/**
 * Each facet counted with every filter but its own (choosing « énergie » still shows how many « eau » there would
 * be): a row passing every filter counts for all facets; a row failing exactly one filter counts for that facet
 * only; a row failing two or more counts nowhere.
 */
export function tallyFacets(rows: readonly FacetRow[], filters: readonly FacetFilter[]): FacetTally {
  const counts = new Map<string, number>();
  const matched: FacetRow[] = [];
  const bump = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const row of rows) {
    const tokens = row.keys.split(' ');
    let failed: string | null = null;
    let failures = 0;
    for (const filter of filters) {
      if (!tokens.some((t) => filter.tokens.has(t))) {
        failures += 1;
        failed = filter.facet;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matched.push(row);
      for (const token of tokens) if (token) bump(token);
    } else if (failures === 1) {
      for (const token of tokens) if (token && facetOf(token) === failed) bump(token);
    }
  }
  return { matched, counts };
}

/** Number of query words found in the title (any of a word's stems): the relevance score. */
export function titleScore(searchTitle: string, query: SearchQuery): number {
  return paddedTitleScore(` ${searchTitle} `, query);
}

/** `titleScore` of a title already given with a space at both ends (kept so by the search index). */
export function paddedTitleScore(padded: string, query: SearchQuery): number {
  if (query.groups.length === 0) return 0;
  let score = 0;
  for (const group of query.groups) if (group.some((s) => padded.includes(` ${s} `))) score += 1;
  return score;
}

/** Sort key of a result: score (higher first), then last update, then id (both later first). */
export type SortKey = [score: number, updatedAt: string, id: string];

/** Negative when `a` comes first. Plain code-unit comparison, the same whatever the database's collation. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return b[0] - a[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? 1 : -1;
  if (a[2] !== b[2]) return a[2] < b[2] ? 1 : -1;
  return 0;
}

/**
 * The first `count` items after `after` (exclusive) in sort order, without sorting every row: a small sorted
 * buffer is kept while scanning, so a page costs one pass over the candidates. `scoreOf` is only called once per
 * item; keys are built only for the items that enter the buffer.
 */
export function firstAfter<T extends { updatedAt: string; id: string }>(
  items: readonly T[],
  scoreOf: (item: T) => number,
  after: SortKey | null,
  count: number,
): { item: T; key: SortKey }[] {
  const best: { item: T; key: SortKey }[] = [];
  for (const item of items) {
    const score = scoreOf(item);
    if (after && compareParts(score, item.updatedAt, item.id, after) <= 0) continue;
    const worst = best.length === count ? best[count - 1]!.key : null;
    if (worst && compareParts(score, item.updatedAt, item.id, worst) >= 0) continue;
    const key: SortKey = [score, item.updatedAt, item.id];
    let i = best.length;
    while (i > 0 && compareKeys(key, best[i - 1]!.key) < 0) i -= 1;
    best.splice(i, 0, { item, key });
    if (best.length > count) best.pop();
  }
  return best;
}

function compareParts(score: number, updatedAt: string, id: string, b: SortKey): number {
  if (score !== b[0]) return b[0] - score;
  if (updatedAt !== b[1]) return updatedAt < b[1] ? 1 : -1;
  if (id !== b[2]) return id < b[2] ? 1 : -1;
  return 0;
}

/** `facet:value` → value, for one facet, most frequent first then by value. */
export function countsOf(
  counts: ReadonlyMap<string, number>,
  facet: string,
): { value: string; count: number }[] {
  const prefix = `${facet}:`;
  const out: { value: string; count: number }[] = [];
  for (const [token, count] of counts)
    if (token.startsWith(prefix)) out.push({ value: token.slice(prefix.length), count });
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
