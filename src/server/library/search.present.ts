import { countsOf } from '../../core/search/facets.ts';
import type { AppContext } from '../context.ts';
import { findTerritory } from '../territories/territories.service.ts';
import type { Territory } from '../territories/territories.data.ts';
import { CARD_COLUMNS, presentCards, type CardRow } from './projects.present.ts';
import { FACET_NAMES, type FacetName } from './search.schemas.ts';

/** What the full-text search and the browse without text share: proximity, facet output and the page's cards. */

export type FacetCounts = Record<FacetName, { value: string; count: number; label?: string }[]>;

function label(facet: FacetName, value: string): string | undefined {
  if (facet === 'region' || facet === 'departement') return findTerritory(facet, value)?.name;
  return undefined;
}

/** `facet:value` → count, as the API gives it: every facet, most frequent first, areas with their names. */
export function presentFacets(counts: ReadonlyMap<string, number>): FacetCounts {
  return Object.fromEntries(
    FACET_NAMES.map((name) => [
      name,
      countsOf(counts, name).map((c) => {
        const l = label(name, c.value);
        return l ? { ...c, label: l } : c;
      }),
    ]),
  ) as FacetCounts;
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
