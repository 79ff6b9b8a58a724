import { compareKeys, type FacetFilter, type FacetRow, type SortKey } from './facets.ts';

/**
 * The library's candidate rows in a compact form that can be kept between requests (see
 * src/server/library/search.cache.ts): each `facet:value` token becomes a number from a dictionary, each row a
 * slice of one integer array. Counting the facets of a cached set under any filters is then a pass over integers,
 * with exactly the semantics of `tallyFacets` (facets.ts), which the tests compare it with.
 */
export class TokenDictionary {
  private readonly byToken = new Map<string, number>();
  private readonly facetIds = new Map<string, number>();
  /** Token text by id. */
  readonly tokens: string[] = [];
  /** Facet id (the part before the colon) by token id. */
  facetOf = new Int32Array(64);

  get size(): number {
    return this.tokens.length;
  }

  /** The id of a token, or -1 when the dictionary has never seen it (then no row has it). */
  find(token: string): number {
    return this.byToken.get(token) ?? -1;
  }

  facetId(facet: string): number {
    let id = this.facetIds.get(facet);
    if (id === undefined) {
      id = this.facetIds.size;
      this.facetIds.set(facet, id);
    }
    return id;
  }

  intern(token: string): number {
    let id = this.byToken.get(token);
    if (id !== undefined) return id;
    id = this.tokens.length;
    this.byToken.set(token, id);
    this.tokens.push(token);
    if (id >= this.facetOf.length) {
      const grown = new Int32Array(this.facetOf.length * 2);
      grown.set(this.facetOf);
      this.facetOf = grown;
    }
    this.facetOf[id] = this.facetId(token.slice(0, token.indexOf(':')));
    return id;
  }
}

export interface CompactRows {
  readonly length: number;
  readonly ids: readonly string[];
  readonly updatedAt: readonly string[];
  /** Relevance score of each row for the query the set was built for (words of the query found in the title). */
  readonly score: Uint8Array;
  /** Row i's tokens are tokens[start[i]] … tokens[start[i + 1] - 1]. */
  readonly start: Uint32Array;
  readonly tokens: Int32Array;
}

/** Packs candidate rows; `scoreOf` gives each row's relevance score (kept, it depends on the query only). */
export function compactRows(
  rows: readonly FacetRow[],
  dictionary: TokenDictionary,
  scoreOf: (row: FacetRow) => number,
): CompactRows {
  const ids: string[] = new Array<string>(rows.length);
  const updatedAt: string[] = new Array<string>(rows.length);
  const score = new Uint8Array(rows.length);
  const start = new Uint32Array(rows.length + 1);
  let tokens = new Int32Array(Math.max(16, rows.length * 12));
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    ids[i] = row.id;
    updatedAt[i] = row.updatedAt;
    score[i] = Math.min(255, scoreOf(row));
    start[i] = n;
    for (const token of row.keys.split(' ')) {
      if (!token) continue;
      if (n === tokens.length) {
        const grown = new Int32Array(tokens.length * 2);
        grown.set(tokens);
        tokens = grown;
      }
      tokens[n++] = dictionary.intern(token);
    }
  }
  start[rows.length] = n;
  return { length: rows.length, ids, updatedAt, score, start, tokens: tokens.slice(0, n) };
}

/** The `facet:value` tokens of one row, space-separated (as `FacetRow.keys`). */
export function keysOf(rows: CompactRows, i: number, dictionary: TokenDictionary): string {
  const out: string[] = [];
  for (let j = rows.start[i]!; j < rows.start[i + 1]!; j++) out.push(dictionary.tokens[rows.tokens[j]!]!);
  return out.join(' ');
}

/** Whether row i has one of the given token ids. */
export function hasAnyToken(rows: CompactRows, i: number, tokenIds: ReadonlySet<number>): boolean {
  for (let j = rows.start[i]!; j < rows.start[i + 1]!; j++) if (tokenIds.has(rows.tokens[j]!)) return true;
  return false;
}

/**
 * `tallyFacets` over a compact set: row indices passing every filter, and `facet:value` → number of rows passing
 * every filter but that facet's own.
 */
export function tallyCompact(
  rows: CompactRows,
  dictionary: TokenDictionary,
  filters: readonly FacetFilter[],
): { matched: number[]; counts: Map<string, number> } {
  if (filters.length > 30) throw new Error('too many facet filters');
  const size = dictionary.size;
  // Bit f of mask[token] is set when the token satisfies filter f.
  const mask = new Uint32Array(size);
  const filterFacet = new Int32Array(filters.length);
  filters.forEach((filter, f) => {
    filterFacet[f] = dictionary.facetId(filter.facet);
    for (const token of filter.tokens) {
      const id = dictionary.find(token);
      if (id >= 0) mask[id]! |= 1 << f;
    }
  });
  const all = filters.length === 0 ? 0 : (2 ** filters.length - 1) >>> 0;
  const tally = new Uint32Array(size);
  const matched: number[] = [];
  const { start, tokens } = rows;
  const facetOf = dictionary.facetOf;
  for (let i = 0; i < rows.length; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    let bits = 0;
    for (let j = from; j < to; j++) bits |= mask[tokens[j]!]!;
    const missing = (all & ~bits) >>> 0;
    if (missing === 0) {
      matched.push(i);
      for (let j = from; j < to; j++) tally[tokens[j]!]! += 1;
    } else if ((missing & (missing - 1)) === 0) {
      const facet = filterFacet[31 - Math.clz32(missing)]!;
      for (let j = from; j < to; j++) if (facetOf[tokens[j]!] === facet) tally[tokens[j]!]! += 1;
    }
  }
  const counts = new Map<string, number>();
  for (let id = 0; id < size; id++) if (tally[id]! > 0) counts.set(dictionary.tokens[id]!, tally[id]!);
  return { matched, counts };
}

/** `firstAfter` (facets.ts) over row indices of a compact set: the first `count` after `after`, in sort order. */
export function firstAfterCompact(
  rows: CompactRows,
  indices: readonly number[],
  scoreOf: (i: number) => number,
  after: SortKey | null,
  count: number,
): { index: number; key: SortKey }[] {
  const best: { index: number; key: SortKey }[] = [];
  // Negative when row i (with its score) comes before the key `b`, as `compareKeys`.
  const compare = (i: number, score: number, b: SortKey): number => {
    if (score !== b[0]) return b[0] - score;
    const updated = rows.updatedAt[i]!;
    if (updated !== b[1]) return updated < b[1] ? 1 : -1;
    const id = rows.ids[i]!;
    if (id !== b[2]) return id < b[2] ? 1 : -1;
    return 0;
  };
  for (const i of indices) {
    const score = scoreOf(i);
    if (after && compare(i, score, after) <= 0) continue;
    if (best.length === count && compare(i, score, best[count - 1]!.key) >= 0) continue;
    const key: SortKey = [score, rows.updatedAt[i]!, rows.ids[i]!];
    let at = best.length;
    while (at > 0 && compareKeys(key, best[at - 1]!.key) < 0) at -= 1;
    best.splice(at, 0, { index: i, key });
    if (best.length > count) best.pop();
  }
  return best;
}
