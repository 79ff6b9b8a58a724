import { compactRows, type CompactRows, type TokenDictionary } from '../../core/search/facets.compact.ts';
import { titleScore } from '../../core/search/facets.ts';
import { toFts5Match, type SearchQuery } from '../../core/search/french.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { directCandidates } from './search.direct.ts';
import { readyIndex, searchDictionary, textCandidates, type GenerationState } from './search.index.ts';
import { generationRow } from './search/index-rows.ts';

/**
 * The candidates of a library search (live projects the reader may see that match the text, with their facet
 * tokens) kept in memory between requests, keyed by the text, the reader's rights and the case-study switch. A
 * facet click, the next page, another sort or the map reuse the set; counting facets over a set is a pass over
 * integers (facets.compact.ts). A set not kept is made from the process's index of every project
 * (search.index.ts): the engine gives the keys of the matching projects, the index the rest; while the index is
 * being read whole (a process's first searches), from the database directly (search.direct.ts).
 *
 * Never stale: the database moves `library_generation` on every write that can change a result (triggers of
 * migrations 0204 and 0205, whatever process or tool writes), and every request reads it first. A set is only used
 * under the generation read before it was made; a new generation empties the sets and brings the index up to date.
 * Several application processes each keep their own copy, none of them trusted past a write. Bounded by the
 * number of rows kept (about 100 bytes a row besides the index).
 *
 * The answers themselves are kept too (`cachedAnswer`): the serialised page for (set key, filters, sort, near,
 * cursor, limit), so a repeated search reads the generation and sends bytes: kept as UTF-8, they are neither measured nor
 * encoded again on each send (a page is about 30 KB). A page's cards also show the
 * first image, the organisation's name and the territories' names: their writes move the generation as well
 * (migration 0206). The generation is read before anything of the page, so a page kept under it is never older
 * than it. Bounded by the bytes kept.
 */
const MAX_ROWS = 250_000;
const MAX_PAGE_BYTES = 32_000_000;

interface DatabaseCache {
  generation: number;
  sets: Map<string, CachedCandidates>;
  rows: number;
  pages: Map<string, Buffer>;
  pageBytes: number;
}

/** One cache per database handle (tests and the benchmark open several databases in one process). */
const caches = new WeakMap<object, DatabaseCache>();

async function readGeneration(ctx: AppContext): Promise<GenerationState> {
  const row = (await generationRow().execute(ctx.db)).rows[0];
  return { generation: row ? Number(row.generation) : 0, removed: Number(row?.removed_generation ?? 0) };
}

function cacheOf(ctx: AppContext, generation: number): DatabaseCache {
  let cache = caches.get(ctx.db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, sets: new Map(), rows: 0, pages: new Map(), pageBytes: 0 };
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

/** The candidate set for (text, reader, case-study switch): kept since the generation last moved, or made now. */
export async function cachedCandidates(
  ctx: AppContext,
  actor: Actor | null,
  text: SearchQuery,
  caseStudy: boolean | undefined,
): Promise<CachedCandidates> {
  const state = await readGeneration(ctx);
  return candidatesUnder(ctx, state, setKey(actor, text, caseStudy), actor, text, caseStudy);
}

function setKey(actor: Actor | null, text: SearchQuery, caseStudy: boolean | undefined): string {
  return `${rightsKey(actor)}|${caseStudy ?? ''}|${toFts5Match(text)}`;
}

async function candidatesUnder(
  ctx: AppContext,
  state: GenerationState,
  key: string,
  actor: Actor | null,
  text: SearchQuery,
  caseStudy: boolean | undefined,
): Promise<CachedCandidates> {
  const cache = cacheOf(ctx, state.generation);
  const found = cache.sets.get(key);
  if (found) {
    // Most recently used last, so eviction takes the oldest.
    cache.sets.delete(key);
    cache.sets.set(key, found);
    return found;
  }
  const index = await readyIndex(ctx, state, () => readGeneration(ctx));
  const dictionary = index?.dictionary ?? searchDictionary(ctx);
  const rows = !index
    ? compactRows(await directCandidates(ctx, actor, text, caseStudy), dictionary, (row) =>
        titleScore(row.searchTitle, text),
      )
    : text.groups.length > 0
      ? await textCandidates(ctx, index, text, actor, caseStudy)
      : index.candidates(null, actor, caseStudy, text);
  // Kept only if no request has seen a newer generation meanwhile.
  const made = { rows, dictionary };
  if (rows.length <= MAX_ROWS && caches.get(ctx.db) === cache) {
    cache.sets.set(key, made);
    cache.rows += rows.length;
    for (const [oldKey, old] of cache.sets) {
      if (cache.rows <= MAX_ROWS) break;
      cache.sets.delete(oldKey);
      cache.rows -= old.rows.length;
    }
  }
  return made;
}

/**
 * A search answer, serialised (UTF-8 JSON): kept since the generation last moved, or made now by `make` from the candidate set.
 * `rest` names everything of the request besides the set's key (filters, sort, near, cursor, limit).
 */
export async function cachedAnswer(
  ctx: AppContext,
  actor: Actor | null,
  text: SearchQuery,
  caseStudy: boolean | undefined,
  rest: string,
  make: (set: CachedCandidates) => Promise<string>,
): Promise<Buffer> {
  const state = await readGeneration(ctx);
  const cache = cacheOf(ctx, state.generation);
  const candidates = setKey(actor, text, caseStudy);
  const key = `${candidates}\n${rest}`;
  const found = cache.pages.get(key);
  if (found !== undefined) {
    cache.pages.delete(key);
    cache.pages.set(key, found);
    return found;
  }
  const json = Buffer.from(
    await make(await candidatesUnder(ctx, state, candidates, actor, text, caseStudy)),
    'utf8',
  );
  if (json.length <= MAX_PAGE_BYTES / 4 && caches.get(ctx.db) === cache && !cache.pages.has(key)) {
    cache.pages.set(key, json);
    cache.pageBytes += json.length + key.length;
    for (const [oldKey, old] of cache.pages) {
      if (cache.pageBytes <= MAX_PAGE_BYTES) break;
      cache.pages.delete(oldKey);
      cache.pageBytes -= old.length + oldKey.length;
    }
  }
  return json;
}

/** Empties the kept sets of a database, not its index (for the benchmark's cold timings). */
export function clearSearchCache(ctx: AppContext): void {
  caches.delete(ctx.db);
}
