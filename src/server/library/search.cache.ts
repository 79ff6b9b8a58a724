import { sql } from 'kysely';
import { TokenDictionary, compactRows, type CompactRows } from '../../core/search/facets.compact.ts';
import type { FacetRow } from '../../core/search/facets.ts';
import { toFts5Match, type SearchQuery } from '../../core/search/french.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';

/**
 * The candidates of a library search (live projects the reader may see that match the text, with their facet
 * tokens) kept in memory between requests, keyed by the text, the reader's rights and the case-study switch. A
 * facet click, the next page, another sort or the map reuse the set instead of running the full-text match and
 * reading thousands of rows again; counting facets over a cached set is a pass over integers (facets.compact.ts).
 *
 * Never stale: the database moves `library_generation` on every write that can change a result (triggers of
 * migration 0204, whatever process or tool writes), and every request reads it first. A set is only used under the
 * generation read before it was loaded; a new generation empties the cache. Several application processes each keep
 * their own copy, none of them trusted past a write. Bounded by the number of rows kept (about 150 bytes a row).
 */
const MAX_ROWS = 250_000;

interface DatabaseCache {
  generation: number;
  dictionary: TokenDictionary;
  sets: Map<string, CompactRows>;
  rows: number;
}

/** One cache per database handle (tests and the benchmark open several databases in one process). */
const caches = new WeakMap<object, DatabaseCache>();

async function currentGeneration(ctx: AppContext): Promise<number> {
  const row = (
    await sql<{
      generation: number | string;
    }>`select generation from library_generation where id = 1`.execute(ctx.db)
  ).rows[0];
  return row ? Number(row.generation) : 0;
}

function cacheOf(ctx: AppContext, generation: number): DatabaseCache {
  let cache = caches.get(ctx.db);
  if (!cache || cache.generation !== generation || cache.dictionary.size > 1_000_000) {
    // The token dictionary survives a new generation (facet values rarely change): only the sets go.
    cache = {
      generation,
      dictionary: cache && cache.dictionary.size <= 1_000_000 ? cache.dictionary : new TokenDictionary(),
      sets: new Map(),
      rows: 0,
    };
    caches.set(ctx.db, cache);
  }
  return cache;
}

/** Who sees what: administrators everything, anonymous readers the public library, members also their organisations'. */
function rightsKey(actor: Actor | null): string {
  const orgs = readableOrganisationIds(actor);
  return orgs === null ? '*' : [...orgs].sort().join(',');
}

export interface CachedCandidates {
  rows: CompactRows;
  dictionary: TokenDictionary;
}

/**
 * The candidate set for (text, reader, case-study switch): from the cache when the generation has not moved,
 * otherwise loaded with `load` and packed (`scoreOf` is the relevance score for this text).
 */
export async function cachedCandidates(
  ctx: AppContext,
  actor: Actor | null,
  text: SearchQuery,
  caseStudy: boolean | undefined,
  load: () => Promise<FacetRow[]>,
  scoreOf: (row: FacetRow) => number,
): Promise<CachedCandidates> {
  const generation = await currentGeneration(ctx);
  const key = `${rightsKey(actor)}|${caseStudy ?? ''}|${toFts5Match(text)}`;
  const cache = cacheOf(ctx, generation);
  const found = cache.sets.get(key);
  if (found) {
    // Most recently used last, so eviction takes the oldest.
    cache.sets.delete(key);
    cache.sets.set(key, found);
    return { rows: found, dictionary: cache.dictionary };
  }
  // Read after the generation: the rows are at least as new as it (a write in between only wastes the set).
  const rows = compactRows(await load(), cache.dictionary, scoreOf);
  // Kept only if no request has seen a newer generation meanwhile.
  if (rows.length <= MAX_ROWS && caches.get(ctx.db) === cache) {
    cache.sets.set(key, rows);
    cache.rows += rows.length;
    for (const [oldKey, old] of cache.sets) {
      if (cache.rows <= MAX_ROWS) break;
      cache.sets.delete(oldKey);
      cache.rows -= old.length;
    }
  }
  return { rows, dictionary: cache.dictionary };
}

/** Empties the cache of a database (for the benchmark's cold timings). */
export function clearSearchCache(ctx: AppContext): void {
  caches.delete(ctx.db);
}
