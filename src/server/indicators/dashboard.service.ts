import {
  networkFigure,
  roundFigure,
  totalsByYear,
  type PeriodTotal,
} from '../../core/indicators/aggregate.ts';
import { lastDuePeriod } from '../../core/indicators/periods.ts';
import { siteStages } from '../../db/tables/sites.ts';
import type { Db } from '../../db/database.ts';
import type { ValueKind } from '../../db/tables/indicators.ts';
import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { presentIndicator } from './dictionary.service.ts';
import { modelForCarrier } from './indicators.access.ts';
import { listIndicators, type IndicatorRow } from './indicators.repository.ts';
import { readSettings } from './settings.service.ts';
import {
  cachedNetworkPart,
  jsonObject,
  networkGeneration,
  pageJson,
  toJsonBytes,
  type JsonBytes,
} from './dashboard.cache.ts';
import { findLatePage, type LateSite } from './dashboard.late.ts';
import { stalledJson, type Stalled } from './dashboard.stalled.ts';

export { findLateSites, REPORTING_STAGES } from './dashboard.late.ts';

/**
 * The network dashboard of a model. Every figure comes from small tables: the sites of the model (one row each), the
 * roll-ups (one row per indicator, kind and period) and each site's latest values: never from the raw values, so
 * the answer stays fast at a million values. The answer carries each site once (what the map's table shows); the
 * stalled sites refer to it by id.
 */
export type Granularity = 'native' | 'year';

export interface SeriesPoint {
  period: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** How many values the actual figure combines. */
  reported: number;
}

export function listModelSites(db: Db, modelId: string, onlyPublic = false) {
  let q = db
    .selectFrom('sites')
    .select([
      'id',
      'name',
      'departement',
      'region',
      'stage',
      'stage_changed_at',
      'is_public',
      'organisation_id',
    ])
    .where('model_id', '=', modelId)
    .where('deleted_at', 'is', null);
  if (onlyPublic) q = q.where('is_public', '=', 1);
  return q.orderBy('name').execute();
}

/** The series of each indicator from the roll-ups, by its rule, at its own frequency or by year. */
export async function buildSeries(
  db: Db,
  indicators: readonly IndicatorRow[],
  granularity: Granularity,
  kinds: readonly ValueKind[] = ['baseline', 'target', 'actual'],
) {
  if (indicators.length === 0) return new Map<string, SeriesPoint[]>();
  const rows = await db
    .selectFrom('indicator_rollups')
    .select(['indicator_id', 'kind', 'period_start', 'period', 'value_sum', 'value_count'])
    .where(
      'indicator_id',
      'in',
      indicators.map((i) => i.id),
    )
    .where('kind', 'in', [...kinds])
    .orderBy('indicator_id')
    .orderBy('period_start')
    .execute();
  const totals = new Map<string, PeriodTotal[]>();
  for (const r of rows) {
    const key = `${r.indicator_id}|${r.kind}`;
    const list = totals.get(key) ?? [];
    list.push({
      period: r.period,
      start: r.period_start,
      sum: Number(r.value_sum),
      count: Number(r.value_count),
    });
    totals.set(key, list);
  }
  const out = new Map<string, SeriesPoint[]>();
  for (const indicator of indicators) {
    const points = new Map<string, SeriesPoint>();
    for (const kind of kinds) {
      const native = totals.get(`${indicator.id}|${kind}`) ?? [];
      const list = granularity === 'year' ? totalsByYear(indicator.aggregation, native) : native;
      for (const t of list) {
        const point = points.get(t.start) ?? {
          period: t.period,
          baseline: null,
          target: null,
          actual: null,
          reported: 0,
        };
        const figure = networkFigure(indicator.aggregation, t.sum, t.count);
        point[kind] = figure === null ? null : roundFigure(figure);
        if (kind === 'actual') point.reported = t.count;
        points.set(t.start, point);
      }
    }
    out.set(
      indicator.id,
      [...points.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, p]) => p),
    );
  }
  return out;
}

export function funnelOf(sites: readonly { stage: string }[]) {
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(s.stage, (counts.get(s.stage) ?? 0) + 1);
  return siteStages.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

export function countByDepartement(sites: readonly { departement: string | null }[]) {
  const counts = new Map<string, number>();
  for (const s of sites) if (s.departement) counts.set(s.departement, (counts.get(s.departement) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** How many late sites the dashboard carries; the rest is read page by page from GET /models/:id/network/late. */
export const LATE_SITES_SHOWN = 100;
/**
 * How many sites (by name) and stalled sites the dashboard carries; the rest is read page by page from
 * GET /models/:id/network/sites and /stalled. A 1,200-site network sent whole weighed 125 KB of sites and 47 KB of
 * stalled sites in every answer, most of what the largest dashboard cost to send and to read (docs/performance.md).
 */
export const SITES_SHOWN = 50;
export const STALLED_SHOWN = 50;

type DashboardSite = Awaited<ReturnType<typeof listDashboardSites>>[number];
/** What the map's table shows of a site. */
const presentSite = (s: DashboardSite) => ({
  id: s.id,
  name: s.name,
  departement: s.departement,
  stage: s.stage,
});

/** The columns the dashboard uses of each site of the model, by name. */
export function listDashboardSites(db: Db, modelId: string) {
  return db
    .selectFrom('sites')
    .select(['id', 'name', 'departement', 'stage', 'stage_changed_at'])
    .where('model_id', '=', modelId)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
}

/**
 * What the carrier's pages keep of a network between writes: the same for every reader allowed to see them, and
 * free of the clock (stalled sites keep the instant of their stage change; late sites are a part of their own,
 * keyed by the periods due).
 */
async function loadNetwork(ctx: AppContext, modelId: string) {
  const [settings, indicators, sites] = await Promise.all([
    readSettings(ctx.db, modelId),
    listIndicators(ctx.db, modelId),
    listDashboardSites(ctx.db, modelId),
  ]);
  return {
    settings,
    indicators,
    sites,
    // The sites waiting in a stage, oldest stage change first, with their rank by name and their JSON up to the days.
    waiting: sites
      .map((s, rank) => ({
        since: new Date(s.stage_changed_at).getTime(),
        rank,
        stage: s.stage,
        json: `{"siteId":${JSON.stringify(s.id)},"name":${JSON.stringify(s.name)},"stage":${JSON.stringify(s.stage)},"days":`,
      }))
      .filter((s) => s.stage !== 'stopped' && s.stage !== 'autonomous' && !Number.isNaN(s.since))
      .sort((a, b) => a.since - b.since),
    json: {
      funnel: toJsonBytes(funnelOf(sites)),
      // The first sites by name and their total: the map counts them all by département (`byDepartement`).
      sites: pageJson(
        sites.length,
        0,
        SITES_SHOWN,
        toJsonBytes(sites.slice(0, SITES_SHOWN).map(presentSite)),
      ),
      byDepartement: toJsonBytes(countByDepartement(sites)),
    },
    stalled: undefined as Stalled | undefined,
  };
}
type Network = Awaited<ReturnType<typeof loadNetwork>>;
const weighNetwork = (n: Network) => n.sites.length * 400 + n.indicators.length * 1_000;

/**
 * One page of late sites, kept under the periods due (they move with the clock, at most once a day) as well as the
 * generation: the rule compares each site's latest values with them, nothing else of the clock.
 */
function latePage(
  ctx: AppContext,
  modelId: string,
  generation: number,
  network: Network,
  now: Date,
  offset: number,
  limit: number,
) {
  const { indicators, sites, settings } = network;
  const due = indicators.map((i) => lastDuePeriod(i.frequency, now, settings.graceDays).start).join(',');
  return cachedNetworkPart(
    ctx,
    modelId,
    generation,
    `late|${due}|${offset}|${limit}`,
    async () => {
      const late = await findLatePage(ctx.db, sites, indicators, now, settings.graceDays, offset, limit);
      const named = new Set(late.items.flatMap((l) => l.missing.map((m) => m.indicatorId)));
      return {
        total: late.total,
        items: toJsonBytes(presentLateSites(late.items)),
        // Each indicator named once for the page (the dashboard names them in its `indicators`).
        indicators: JSON.stringify(
          indicators.filter((i) => named.has(i.id)).map((i) => ({ id: i.id, name: i.name })),
        ),
      };
    },
    (page) => page.items.length + page.indicators.length,
  );
}

/** The access check, then the model's generation and what is kept of its network (in that order, every request). */
async function networkFor(ctx: AppContext, actor: Actor | null, modelId: string) {
  const model = await modelForCarrier(ctx, actor, modelId, 'read');
  const generation = await networkGeneration(ctx, model.id);
  const network = await cachedNetworkPart(
    ctx,
    model.id,
    generation,
    'network',
    () => loadNetwork(ctx, model.id),
    weighNetwork,
  );
  return { model, generation, network };
}

/** One page of the late sites of a model, latest first, with their total. */
export async function getLateSites(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  offset: number,
  limit: number,
): Promise<JsonBytes> {
  const { model, generation, network } = await networkFor(ctx, actor, modelId);
  const page = await latePage(ctx, model.id, generation, network, ctx.now(), offset, limit);
  return jsonObject({
    total: String(page.total),
    offset: String(offset),
    limit: String(limit),
    items: page.items,
    indicators: page.indicators,
  });
}

/**
 * Late sites as sent: each overdue indicator by id only. Repeating its name for every late site weighed most of the
 * list (every late site x every indicator); the name is sent once beside the list.
 */
function presentLateSites(items: readonly LateSite[]) {
  return items.map((l) => ({
    siteId: l.siteId,
    name: l.name,
    stage: l.stage,
    missing: l.missing.map((m) => ({
      indicatorId: m.indicatorId,
      lastPeriod: m.lastPeriod,
      duePeriod: m.duePeriod,
    })),
  }));
}

/**
 * The stalled sites at `now`: kept with the network (so under its generation) for as long as no count of days
 * moves, since they change with the clock alone; a clock set back recomputes them too.
 */
function stalledAt(network: Network, now: Date): Stalled {
  const at = now.getTime();
  const kept = network.stalled;
  if (kept && kept.from <= at && at < kept.until) return kept;
  network.stalled = stalledJson(network.waiting, at, network.settings.stalledDays, STALLED_SHOWN);
  return network.stalled;
}

/** One page of the stalled sites of a model (longest in their stage first), with their total. */
export async function getStalledSites(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  offset: number,
  limit: number,
): Promise<JsonBytes> {
  const { network } = await networkFor(ctx, actor, modelId);
  const { items } = stalledAt(network, ctx.now());
  return pageJson(items.length, offset, limit, `[${items.slice(offset, offset + limit).join(',')}]`);
}

/**
 * One page of the sites of a model by name, all of them or those of one département (the map's filter), with
 * their total.
 */
export async function getNetworkSites(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  departement: string | undefined,
  offset: number,
  limit: number,
): Promise<JsonBytes> {
  const { network } = await networkFor(ctx, actor, modelId);
  const sites = departement ? network.sites.filter((s) => s.departement === departement) : network.sites;
  return jsonObject({
    total: String(sites.length),
    offset: String(offset),
    limit: String(limit),
    departement: JSON.stringify(departement ?? null),
    items: JSON.stringify(sites.slice(offset, offset + limit).map(presentSite)),
  });
}

export async function getDashboard(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  granularity: Granularity,
): Promise<JsonBytes> {
  const { model, generation, network } = await networkFor(ctx, actor, modelId);
  const now = ctx.now();
  const [indicators, late] = await Promise.all([
    cachedNetworkPart(
      ctx,
      model.id,
      generation,
      `series|${granularity}`,
      async () => {
        const series = await buildSeries(ctx.db, network.indicators, granularity);
        return toJsonBytes(
          network.indicators.map((i) => ({ ...presentIndicator(i), series: series.get(i.id) ?? [] })),
        );
      },
      (json) => json.length,
    ),
    latePage(ctx, model.id, generation, network, now, 0, LATE_SITES_SHOWN),
  ]);
  return jsonObject({
    model: JSON.stringify({ id: model.id, title: model.title }),
    // Who may edit depends on the reader: never kept.
    settings: JSON.stringify({
      ...network.settings,
      canEdit: hasOrganisationRole(actor, model.organisation_id, 'editor'),
    }),
    granularity: JSON.stringify(granularity),
    funnel: network.json.funnel,
    sites: network.json.sites,
    byDepartement: network.json.byDepartement,
    indicators,
    stalled: stalledAt(network, now).first,
    // Only the total and the first late sites: the whole list (every late site x every indicator) weighed about
    // 1 MB at 1,000 sites x 10 indicators. Indicators by id: their names are in `indicators` above.
    // Kept bytes nested as bytes: a template string would decode and re-encode them on every read.
    late: jsonObject({ total: String(late.total), items: late.items }),
  });
}
