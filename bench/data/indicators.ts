import { periodFromParts } from '../../src/core/indicators/periods.ts';
import type { IndicatorInput } from '../../src/server/indicators/indicators.schemas.ts';
import { createIndicator } from '../../src/server/indicators/dictionary.service.ts';
import { insertValues, type NewValue } from '../../src/server/indicators/values.service.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Carrier } from './accounts.ts';
import type { SitesResult } from './sites.ts';
import type { Random } from './random.ts';

/** Stages in which a site reports its figures (the dashboard's reporting stages, and stopped sites' history). */
const REPORTING = new Set(['launch', 'operating', 'autonomous', 'stopped']);

/** The last month reported: the dataset is dated 2 March 2026, so February 2026 is the month just closed. */
const LAST = { year: 2026, month: 2 };

interface Template {
  input: Omit<IndicatorInput, 'noPersonalData'>;
  /** Typical monthly value of one site, and how strongly it follows the seasons (0 = flat). */
  base: number;
  seasonality: number;
  /** Month of the peak (1 = January). */
  peak: number;
}

/** Five monthly indicators per network, of the kinds the kits' evaluation sections name. */
const TEMPLATES: Template[] = [
  {
    input: {
      name: 'Personnes accueillies',
      definition: 'Nombre de personnes différentes accueillies dans le mois, comptées à leur première venue.',
      unit: 'personnes',
      valueType: 'integer',
      frequency: 'monthly',
      aggregation: 'sum',
      higherIsBetter: true,
      isPublic: true,
    },
    base: 120,
    seasonality: 0.25,
    peak: 10,
  },
  {
    input: {
      name: 'Énergie produite',
      definition: 'Électricité injectée sur le réseau dans le mois, relevée au compteur de production.',
      unit: 'kWh',
      valueType: 'decimal',
      frequency: 'monthly',
      aggregation: 'sum',
      higherIsBetter: true,
      isPublic: true,
    },
    base: 9_000,
    seasonality: 0.6,
    peak: 6,
  },
  {
    input: {
      name: 'Bénévoles actifs',
      definition: 'Bénévoles ayant donné au moins une demi-journée dans le mois, au dernier jour du mois.',
      unit: 'personnes',
      valueType: 'integer',
      frequency: 'monthly',
      aggregation: 'last',
      higherIsBetter: true,
      isPublic: false,
    },
    base: 25,
    seasonality: 0.15,
    peak: 3,
  },
  {
    input: {
      name: 'Taux de satisfaction',
      definition: 'Part des personnes interrogées dans le mois qui se disent satisfaites ou très satisfaites.',
      unit: '%',
      valueType: 'decimal',
      frequency: 'monthly',
      aggregation: 'average',
      higherIsBetter: true,
      isPublic: false,
    },
    base: 82,
    seasonality: 0.04,
    peak: 7,
  },
  {
    input: {
      name: 'Ateliers organisés',
      definition: 'Ateliers collectifs tenus dans le mois (une séance compte pour un atelier).',
      unit: 'ateliers',
      valueType: 'integer',
      frequency: 'monthly',
      aggregation: 'count',
      higherIsBetter: true,
      isPublic: true,
    },
    base: 6,
    seasonality: 0.35,
    peak: 11,
  },
];

export const INDICATORS_PER_MODEL = TEMPLATES.length;

/** The month `back` months before February 2026. */
function monthBefore(back: number) {
  const index = LAST.year * 12 + (LAST.month - 1) - back;
  return periodFromParts('monthly', Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The indicators of every network with sites (through the dictionary service, as their carrier's owner), then the
 * monthly actual values of its reporting sites through the values service's batch insert, which also maintains the
 * roll-ups and latest values the dashboard reads. The history length is chosen so that the total is exactly
 * `total` values (when the sites allow it, up to ten years each); one site in seven stopped reporting a few months
 * ago, so the dashboard has late sites. Each site has its own scale, a seasonal curve and some noise.
 */
export async function generateIndicatorValues(
  ctx: AppContext,
  random: Random,
  carriers: Carrier[],
  generated: SitesResult,
  total: number,
  log: (line: string) => void,
): Promise<{ indicators: number; values: number }> {
  const ownerOf = new Map(carriers.map((c) => [c.organisationId, c]));
  const reporting = generated.sites.filter((s) => REPORTING.has(s.stage));
  if (reporting.length === 0 || total === 0) return { indicators: 0, values: 0 };
  // Two months more than the average need, for the late sites' missing months; the total stops the loop exactly.
  const months = Math.min(120, Math.ceil(total / (reporting.length * INDICATORS_PER_MODEL)) + 2);
  const sitesOf = new Map<string, typeof reporting>();
  for (const s of reporting) {
    const list = sitesOf.get(s.modelId) ?? [];
    list.push(s);
    sitesOf.set(s.modelId, list);
  }
  let indicators = 0;
  let values = 0;
  let logged = 0;
  for (const model of generated.models) {
    const carrier = ownerOf.get(model.organisationId);
    if (!carrier) continue;
    const ids: string[] = [];
    for (const template of TEMPLATES) {
      const created = await createIndicator(ctx, carrier.actor, model.id, { ...template.input, noPersonalData: true });
      ids.push(created.id);
      indicators++;
    }
    const rows: NewValue[] = [];
    for (const site of sitesOf.get(model.id) ?? []) {
      const scale = 0.4 + random.next() * 1.4;
      const late = random.chance(1 / 7) ? 2 + random.int(10) : 0;
      for (let back = late; back < months && values + rows.length < total; back++) {
        const period = monthBefore(back);
        const month = Number(period.label.slice(5, 7));
        for (const [i, template] of TEMPLATES.entries()) {
          if (values + rows.length >= total) break;
          const season = 1 + template.seasonality * Math.cos(((month - template.peak) / 12) * 2 * Math.PI);
          const raw = template.base * scale * season * (0.85 + random.next() * 0.3);
          const value =
            template.input.unit === '%'
              ? Math.min(100, Math.round(raw * 10) / 10)
              : template.input.valueType === 'integer'
                ? Math.round(raw)
                : Math.round(raw * 10) / 10;
          rows.push({ indicatorId: ids[i]!, siteId: site.id, kind: 'actual', period: period.label, periodStart: period.start, value });
        }
      }
    }
    if (rows.length > 0)
      await ctx.db.transaction().execute((trx) => insertValues(trx, rows, 'csv', carrier.ownerId, ctx.now(), ctx.dialect));
    values += rows.length;
    if (values - logged >= 500_000) {
      logged = values;
      log(`  indicator values: ${values} / ${total}`);
    }
  }
  return { indicators, values };
}
