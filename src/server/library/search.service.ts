import {
  firstAfterCompact,
  hasAnyToken,
  keysOf,
  tallyCompact,
  type CompactRows,
  type TokenDictionary,
} from '../../core/search/facets.compact.ts';
import { countsOf, type FacetFilter, type SortKey } from '../../core/search/facets.ts';
import { toSearchQuery, type SearchQuery } from '../../core/search/french.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { findTerritory } from '../territories/territories.service.ts';
import type { Territory } from '../territories/territories.data.ts';
import { communeOrFail } from './library.service.ts';
import { decodeCursor, encodeCursor } from './projects.present.ts';
import { cachedAnswer, cachedCandidates, type CachedCandidates } from './search.cache.ts';
import { cardsInOrder, presentFacets } from './search.present.ts';
import {
  FACET_NAMES,
  searchResult,
  type FacetName,
  type LibraryFilters,
  type SearchParams,
  type SearchResult,
} from './search.schemas.ts';

/**
 * Library search: the candidates (live projects the reader may see that match the text, with their facet tokens)
 * come from the in-memory index and set cache (search.cache.ts, search.index.ts); facet counts, the total, the
 * order and the page are worked out from them (src/core/search/facets.compact.ts), then the page's cards are read
 * by id.
 */
function cachedSet(ctx: AppContext, actor: Actor | null, text: SearchQuery, caseStudy: boolean | undefined) {
  return cachedCandidates(ctx, actor, text, caseStudy);
}

/** 3 = same EPCI, 2 = same département, 1 = same région, 0 = elsewhere (as `proximityOf` in search.present.ts). */
function proximityScorer(rows: CompactRows, dictionary: TokenDictionary, commune: Territory) {
  const ids = (facet: string, value: string | null | undefined) =>
    new Set(value ? [dictionary.find(`${facet}:${value}`)].filter((id) => id >= 0) : []);
  const levels = [
    ids('epci', commune.epci),
    ids('departement', commune.departement),
    ids('region', commune.region),
  ];
  return (i: number) => {
    for (let l = 0; l < levels.length; l++) if (hasAnyToken(rows, i, levels[l]!)) return 3 - l;
    return 0;
  };
}

/** The active facet filters as token sets (the stored facet names are the API's, see migration 0202). */
function facetFilters(filters: LibraryFilters, except?: FacetName): FacetFilter[] {
  const out: FacetFilter[] = [];
  for (const name of FACET_NAMES) {
    if (name === except) continue;
    const value = filters[name];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const values = Array.isArray(value) ? value : [String(value)];
    out.push({ facet: name, tokens: new Set(values.map((v) => `${name}:${v}`)) });
  }
  return out;
}

/** The request checked: the text, the commune to sort by, the cursor's key. */
function checked(params: SearchParams) {
  const text = toSearchQuery(params.q ?? '');
  if (params.sort === 'proximity' && !params.near)
    throw new ValidationError({
      near: msg('Choisissez une commune pour trier par proximité.', 'Choose a commune to sort by proximity.'),
    });
  const near = params.near ? communeOrFail(params.near) : null;
  const after = decodeCursor(params.cursor, 3);
  if (params.cursor && (!after || typeof after[0] !== 'number'))
    throw new ValidationError({ cursor: msg('Curseur invalide.', 'Invalid cursor.') });
  return { text, near, after: after as SortKey | null };
}

/** One page of results from a candidate set: facet counts, total, order, cursor and the page's cards. */
async function pageOf(
  ctx: AppContext,
  { rows, dictionary }: CachedCandidates,
  params: SearchParams,
  { text, near, after }: ReturnType<typeof checked>,
): Promise<SearchResult> {
  const { matched, counts } = tallyCompact(rows, dictionary, facetFilters(params));
  const byProximity = params.sort === 'proximity' && near !== null;
  const byTitle = params.sort === 'relevance' && text.groups.length > 0;
  const score = byProximity
    ? proximityScorer(rows, dictionary, near)
    : byTitle
      ? (i: number) => rows.score[i]!
      : () => 0;
  const page = firstAfterCompact(rows, matched, score, after, params.limit + 1);
  const shown = page.slice(0, params.limit);
  const last = shown[shown.length - 1];
  return {
    items: await cardsInOrder(
      ctx,
      shown.map(({ index }) => ({ id: rows.ids[index]!, keys: keysOf(rows, index, dictionary) })),
      near,
    ),
    facets: presentFacets(counts),
    nextCursor: page.length > params.limit && last ? encodeCursor(last.key) : null,
    total: matched.length,
  };
}

export async function searchLibrary(ctx: AppContext, actor: Actor | null, params: SearchParams) {
  const request = checked(params);
  return pageOf(ctx, await cachedSet(ctx, actor, request.text, params.caseStudy), params, request);
}

/**
 * `searchLibrary`'s answer as the route sends it: validated against `searchResult` and serialised as Fastify's
 * serialiser would, once per generation and request (search.cache.ts), then sent as it is (UTF-8 bytes).
 */
export async function searchLibraryJson(
  ctx: AppContext,
  actor: Actor | null,
  params: SearchParams,
): Promise<Buffer> {
  const request = checked(params);
  // Everything of the request the candidate set's key does not hold (the text, rights and case-study switch).
  const rest = JSON.stringify([
    FACET_NAMES.map((name) => params[name] ?? null),
    params.sort,
    params.near ?? null,
    params.cursor ?? null,
    params.limit,
  ]);
  return cachedAnswer(ctx, actor, request.text, params.caseStudy, rest, async (set) =>
    JSON.stringify(searchResult.parse(await pageOf(ctx, set, params, request))),
  );
}

async function textAreaCounts(
  ctx: AppContext,
  actor: Actor | null,
  text: SearchQuery,
  filters: LibraryFilters & { level: 'departement' | 'region' },
) {
  const { rows, dictionary } = await cachedSet(ctx, actor, text, filters.caseStudy);
  const { matched, counts } = tallyCompact(rows, dictionary, facetFilters(filters, filters.level));
  return { counts, total: matched.length };
}

/** Projects counted per département or région, with the filters (except the level's own, so the map stays a chooser). */
export async function mapCounts(
  ctx: AppContext,
  actor: Actor | null,
  filters: LibraryFilters & { level: 'departement' | 'region' },
) {
  const text = toSearchQuery(filters.q ?? '');
  const { counts, total } = await textAreaCounts(ctx, actor, text, filters);
  return {
    level: filters.level,
    areas: countsOf(counts, filters.level)
      .map((c) => ({
        code: c.value,
        name: findTerritory(filters.level, c.value)?.name ?? c.value,
        count: c.count,
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    total,
  };
}
