import type { AppContext } from '../context.ts';
import { findTerritory } from '../territories/territories.service.ts';
import type { Territory } from '../territories/territories.data.ts';
import { CARD_COLUMNS, presentCards, type CardRow } from './projects.present.ts';
import { FACET_NAMES, type FacetName } from './search.schemas.ts';

/** What the full-text search and the browse without text share: proximity, facet output and the page's cards. */

export type FacetCounts = Record<FacetName, { value: string; count: number; label?: string }[]>;

/** Area names by `facet:value` token (the territories are static data; looked up once per process). */
const labels = new Map<string, string | undefined>();
function label(facet: FacetName, token: string, value: string): string | undefined {
  if (facet !== 'region' && facet !== 'departement') return undefined;
  if (labels.has(token)) return labels.get(token);
  const name = findTerritory(facet, value)?.name;
  labels.set(token, name);
  return name;
}

const byCountThenValue = (a: { value: string; count: number }, b: { value: string; count: number }) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/**
 * `facet:value` → count, as the API gives it: every facet, most frequent first then by value (as `countsOf`),
 * areas with their names. One pass over the counts whatever the number of facets.
 */
export function presentFacets(counts: ReadonlyMap<string, number>): FacetCounts {
  const out = Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as FacetCounts;
  for (const [token, count] of counts) {
    const colon = token.indexOf(':');
    if (colon < 0) continue;
    const facet = token.slice(0, colon) as FacetName;
    const list = Object.hasOwn(out, facet) ? out[facet] : undefined;
    if (!list) continue;
    const value = token.slice(colon + 1);
    const l = label(facet, token, value);
    list.push(l ? { value, count, label: l } : { value, count });
  }
  for (const name of FACET_NAMES) out[name].sort(byCountThenValue);
  return out;
}

/** 3 = same EPCI, 2 = same département, 1 = same région, 0 = elsewhere (from the `facet:value` keys). */
export function proximityOf(keys: string, commune: Territory): number {
  const tokens = ` ${keys} `;
  if (commune.epci && tokens.includes(` epci:${commune.epci} `)) return 3;
  if (commune.departement && tokens.includes(` departement:${commune.departement} `)) return 2;
  if (commune.region && tokens.includes(` region:${commune.region} `)) return 1;
  return 0;
}

/** The page's cards, read by id and given back in the page's order. */
export async function cardsInOrder(
  ctx: AppContext,
  page: readonly { id: string; keys: string }[],
  near: Territory | null,
) {
  const cards = page.length
    ? ((await ctx.db
        .selectFrom('projects as p')
        .select(CARD_COLUMNS)
        .where(
          'p.id',
          'in',
          page.map((s) => s.id),
        )
        .execute()) as CardRow[])
    : [];
  const cardById = new Map(cards.map((c) => [c.id, c]));
  return presentCards(
    ctx,
    page.map((item) => ({
      ...cardById.get(item.id)!,
      proximity: near ? proximityOf(item.keys, near) : null,
    })),
  );
}
