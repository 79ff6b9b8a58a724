import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { findTerritory, presentTerritory } from '../territories/territories.service.ts';
import { referenceOf, similarTerritories } from '../territories/similar.ts';
import { baseQuery, communeOrFail, proximityExpression } from './library.service.ts';
import { CARD_COLUMNS, presentCards, type CardRow } from './projects.present.ts';
import type { Theme } from './library.schemas.ts';

/**
 * « Près de chez moi »: the projects of my département, then of the rest of my région, then those of territories
 * like mine (EPCIs of the same nature and population band), compared side by side. Distances between communes
 * are not in the COG data, so proximity is by tiers: same EPCI, same département, same région.
 */
export async function nearMe(
  ctx: AppContext,
  actor: Actor | null,
  params: { commune: string; theme?: Theme[]; limit: number },
) {
  const commune = communeOrFail(params.commune, 'commune');
  const filters = { theme: params.theme };
  const proximity = proximityExpression(commune);

  const inArea = async (facet: 'departement' | 'region', value: string, excludeDepartement?: string) => {
    let q = baseQuery(ctx, actor, filters).where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_facets as f')
          .select('f.project_id')
          .whereRef('f.project_id', '=', 'p.id')
          .where('f.facet', '=', facet)
          .where('f.value', '=', value),
      ),
    );
    if (excludeDepartement) {
      q = q.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('project_facets as g')
              .select('g.project_id')
              .whereRef('g.project_id', '=', 'p.id')
              .where('g.facet', '=', 'departement')
              .where('g.value', '=', excludeDepartement),
          ),
        ),
      );
    }
    const [rows, total] = await Promise.all([
      q
        .select(CARD_COLUMNS)
        .select(proximity.as('proximity'))
        .orderBy(proximity, 'desc')
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id', 'desc')
        .limit(params.limit)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(total.n), items: await presentCards(ctx, rows as CardRow[]) };
  };

  const dep = commune.departement ?? '';
  const reg = commune.region ?? '';
  const departement = {
    code: dep,
    name: findTerritory('departement', dep)?.name ?? dep,
    ...(await inArea('departement', dep)),
  };
  const region = {
    code: reg,
    name: findTerritory('region', reg)?.name ?? reg,
    ...(await inArea('region', reg, dep)),
  };

  const reference = referenceOf(commune);
  const candidates = similarTerritories(commune, 80);
  const similar: {
    territory: ReturnType<typeof presentTerritory>;
    total: number;
    items: Awaited<ReturnType<typeof presentCards>>;
  }[] = [];
  if (candidates.length > 0) {
    const codes = candidates.map((c) => c.code);
    const facet = reference.type === 'epci' ? 'epci' : reference.type;
    const counts = await baseQuery(ctx, actor, filters)
      .innerJoin('project_facets as f', 'f.project_id', 'p.id')
      .where('f.facet', '=', facet)
      .where('f.value', 'in', codes)
      .select(['f.value', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('f.value')
      .execute();
    const byCode = new Map(counts.map((c) => [c.value, Number(c.n)]));
    // Closest populations first (the order of similarTerritories), those with projects only, six at most.
    for (const t of candidates.filter((c) => byCode.has(c.code)).slice(0, 6)) {
      const rows = await baseQuery(ctx, actor, filters)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('project_facets as f')
              .select('f.project_id')
              .whereRef('f.project_id', '=', 'p.id')
              .where('f.facet', '=', facet)
              .where('f.value', '=', t.code),
          ),
        )
        .select(CARD_COLUMNS)
        .select(sql<number | null>`null`.as('proximity'))
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id', 'desc')
        .limit(3)
        .execute();
      similar.push({
        territory: presentTerritory(t),
        total: byCode.get(t.code) ?? 0,
        items: await presentCards(ctx, rows as CardRow[]),
      });
    }
  }
  return {
    commune: presentTerritory(commune),
    reference: presentTerritory(reference),
    departement,
    region,
    similar,
  };
}
