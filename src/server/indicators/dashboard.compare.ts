import { roundFigure } from '../../core/indicators/aggregate.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { presentIndicator } from './dictionary.service.ts';
import { modelForCarrier } from './indicators.access.ts';
import { listIndicators } from './indicators.repository.ts';

/** One indicator, site by site: each site's latest baseline, target and actual, and its progress towards the target. */
export async function compareSites(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  indicatorId: string,
) {
  const model = await modelForCarrier(ctx, actor, modelId, 'read');
  const indicator = (await listIndicators(ctx.db, model.id)).find((i) => i.id === indicatorId);
  if (!indicator) throw new NotFoundError();
  const rows = await ctx.db
    .selectFrom('indicator_site_latest as l')
    .innerJoin('sites as s', 's.id', 'l.site_id')
    .select(['l.site_id', 's.name', 's.stage', 'l.kind', 'l.period', 'l.value'])
    .where('l.indicator_id', '=', indicator.id)
    .where('s.deleted_at', 'is', null)
    .execute();
  const bySite = new Map<
    string,
    {
      siteId: string;
      name: string;
      stage: string;
      baseline: number | null;
      target: number | null;
      actual: number | null;
      actualPeriod: string | null;
      progress: number | null;
    }
  >();
  for (const r of rows) {
    const entry = bySite.get(r.site_id) ?? {
      siteId: r.site_id,
      name: r.name,
      stage: r.stage,
      baseline: null,
      target: null,
      actual: null,
      actualPeriod: null,
      progress: null,
    };
    entry[r.kind] = Number(r.value);
    if (r.kind === 'actual') entry.actualPeriod = r.period;
    bySite.set(r.site_id, entry);
  }
  const sites = [...bySite.values()].map((e) => {
    const start = e.baseline ?? 0;
    const progress =
      e.actual !== null && e.target !== null && e.target !== start
        ? roundFigure((e.actual - start) / (e.target - start))
        : null;
    return { ...e, progress };
  });
  const sign = indicator.higher_is_better === 1 ? -1 : 1;
  sites.sort(
    (a, b) =>
      (a.actual === null ? 1 : b.actual === null ? -1 : sign * (a.actual - b.actual)) ||
      a.name.localeCompare(b.name, 'fr'),
  );
  return { indicator: presentIndicator(indicator), sites };
}
