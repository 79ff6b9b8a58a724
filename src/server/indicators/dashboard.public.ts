import { toSemicolonLine } from '../../core/indicators/french-csv.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import type { Language } from '../http/language.ts';
import {
  buildSeries,
  countByDepartement,
  funnelOf,
  listModelSites,
  type Granularity,
} from './dashboard.service.ts';
import {
  cachedNetworkPart,
  jsonObject,
  networkGeneration,
  toJsonBytes,
  type JsonBytes,
} from './dashboard.cache.ts';
import { presentIndicator } from './dictionary.service.ts';
import { loadModel, modelForCarrier } from './indicators.access.ts';
import { listIndicators } from './indicators.repository.ts';
import { readSettings } from './settings.service.ts';

/** The CSV export of one indicator's network series, and the public page of a network. */
export async function exportSeriesCsv(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  indicatorId: string,
  granularity: Granularity,
  lang: Language,
) {
  const model = await modelForCarrier(ctx, actor, modelId, 'read');
  const indicator = (await listIndicators(ctx.db, model.id)).find((i) => i.id === indicatorId);
  if (!indicator) throw new NotFoundError();
  const series = (await buildSeries(ctx.db, [indicator], granularity)).get(indicator.id) ?? [];
  const header =
    lang === 'fr'
      ? [
          'période',
          `référence (${indicator.unit})`,
          `cible (${indicator.unit})`,
          `réel (${indicator.unit})`,
          'valeurs déclarées',
        ]
      : [
          'period',
          `baseline (${indicator.unit})`,
          `target (${indicator.unit})`,
          `actual (${indicator.unit})`,
          'values reported',
        ];
  const lines = [
    toSemicolonLine(header),
    ...series.map((p) => toSemicolonLine([p.period, p.baseline, p.target, p.actual, p.reported])),
  ];
  const safe =
    indicator.name
      .normalize('NFD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'indicateur';
  return { fileName: `${safe}.csv`, body: `\ufeff${lines.join('\r\n')}\r\n` };
}

/**
 * What anyone may see of a network, once the carrier turns the public page on: the public sites (name, place, stage)
 * and the aggregated actual figures of the indicators marked public. No site-level value is ever shown. Kept between
 * writes as JSON text (dashboard.cache.ts), apart from the carrier's: a part of its own that holds only public data.
 */
export async function getPublicNetwork(ctx: AppContext, modelId: string): Promise<JsonBytes> {
  const model = await loadModel(ctx, modelId);
  const generation = await networkGeneration(ctx, model.id);
  const page = await cachedNetworkPart(
    ctx,
    model.id,
    generation,
    'public',
    () => loadPublicNetwork(ctx, model.id),
    (p) => (p ? p.funnel.length + p.sites.length + p.byDepartement.length + p.indicators.length : 0),
  );
  // The switch is part of what is kept, so it is as fresh as the generation read above.
  if (!page) throw new NotFoundError();
  return jsonObject({ model: JSON.stringify({ id: model.id, title: model.title }), ...page });
}

/** The public page's parts as JSON text, or null when the carrier has not turned it on. */
async function loadPublicNetwork(ctx: AppContext, modelId: string) {
  const settings = await readSettings(ctx.db, modelId);
  if (!settings.publicDashboard) return null;
  const [sites, indicators] = await Promise.all([
    listModelSites(ctx.db, modelId, true),
    listIndicators(ctx.db, modelId, true),
  ]);
  const series = await buildSeries(ctx.db, indicators, 'year', ['actual']);
  return {
    funnel: toJsonBytes(funnelOf(sites)),
    sites: toJsonBytes(
      sites.map((s) => ({
        id: s.id,
        name: s.name,
        departement: s.departement,
        region: s.region,
        stage: s.stage,
      })),
    ),
    byDepartement: toJsonBytes(countByDepartement(sites)),
    indicators: toJsonBytes(
      indicators.map((i) => ({
        ...presentIndicator(i),
        series: (series.get(i.id) ?? []).map((p) => ({
          period: p.period,
          actual: p.actual,
          reported: p.reported,
        })),
      })),
    ),
  };
}
