import { randomUUID } from 'node:crypto';
import { periodFromParts } from '../../core/indicators/periods.ts';
import type {
  IndicatorAggregation,
  IndicatorFrequency,
  IndicatorValueType,
} from '../../db/tables/indicators.ts';
import type { AppContext } from '../context.ts';
import { DEMO_MODEL_IDS } from '../models/models.demo.ts';
import { ensureIndicatorReminderJob } from './reminders.ts';
import { insertValues, type NewValue } from './values.service.ts';

/**
 * Demo indicators and values for the Centrales Villageoises and Bricobus networks, on the sites the 'sites' seeder
 * created (read from the sites table by model). The dictionaries are plausible; every value is SIMULATED (source
 * `demo`, and each definition says so), sized on the public figures of ../shared/research/domain.md: in 2018, 15
 * Centrales Villageoises companies ran 179 rooftop installations for 1.7 MWc (about 12 installations and 113 kWc per
 * company, 9 to 10 kWc each) with more than 2,600 shareholders over 33 companies (about 80 each); Bricobus: up to
 * 10 days per site, households pay 10 % of about 1,000 to 1,200 EUR of materials.
 */
const SIMULATED =
  ' Démo : valeurs simulées, ordres de grandeur cohérents avec les chiffres publics du réseau.';

interface DemoIndicator {
  key: string;
  name: string;
  definition: string;
  unit: string;
  valueType: IndicatorValueType;
  frequency: IndicatorFrequency;
  aggregation: IndicatorAggregation;
  higherIsBetter: boolean;
  isPublic: boolean;
}

const CENTRALES: DemoIndicator[] = [
  {
    key: 'power',
    name: 'Puissance installée',
    definition:
      'Puissance crête cumulée des installations photovoltaïques en service au 31 décembre.' + SIMULATED,
    unit: 'kWc',
    valueType: 'decimal',
    frequency: 'yearly',
    aggregation: 'last',
    higherIsBetter: true,
    isPublic: true,
  },
  {
    key: 'shareholders',
    name: 'Actionnaires',
    definition:
      'Nombre d’actionnaires de la société locale au 31 décembre (habitants, communes, associations) ; aucun nom, un total.' +
      SIMULATED,
    unit: 'actionnaires',
    valueType: 'integer',
    frequency: 'yearly',
    aggregation: 'last',
    higherIsBetter: true,
    isPublic: true,
  },
  {
    key: 'installations',
    name: 'Installations en service',
    definition: 'Nombre d’installations (toitures) raccordées et en service au 31 décembre.' + SIMULATED,
    unit: 'installations',
    valueType: 'integer',
    frequency: 'yearly',
    aggregation: 'last',
    higherIsBetter: true,
    isPublic: true,
  },
];

const BRICOBUS: DemoIndicator[] = [
  {
    key: 'worksites',
    name: 'Chantiers accompagnés',
    definition:
      'Chantiers d’auto-réhabilitation accompagnés terminés dans le trimestre (un chantier : jusqu’à 10 jours).' +
      SIMULATED,
    unit: 'chantiers',
    valueType: 'integer',
    frequency: 'quarterly',
    aggregation: 'sum',
    higherIsBetter: true,
    isPublic: true,
  },
  {
    key: 'contribution',
    name: 'Participation des ménages',
    definition:
      'Part du coût des matériaux payée par les ménages accompagnés dans l’année (la règle du réseau : 10 %).' +
      SIMULATED,
    unit: '%',
    valueType: 'decimal',
    frequency: 'yearly',
    aggregation: 'average',
    higherIsBetter: false,
    isPublic: false,
  },
];

const LAST_YEAR = 2025;

/** A stable pseudo-random number in [0, 1) per site and salt, so the demo is the same on every install. */
function jitter(siteId: string, salt: number): number {
  let h = salt * 2_654_435_761;
  for (const ch of siteId) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619) >>> 0;
  return (h % 10_000) / 10_000;
}

/** The first year a site produces: the year it reached `operating` (approximated from its stage dates). */
function firstYear(site: { stage: string; stage_changed_at: string }): number | null {
  const year = Number(site.stage_changed_at.slice(0, 4));
  if (site.stage === 'operating') return Math.max(2014, year);
  if (site.stage === 'autonomous') return Math.max(2014, year - 3);
  return null;
}

async function insertDictionary(
  ctx: AppContext,
  modelId: string,
  organisationId: string,
  list: DemoIndicator[],
) {
  const now = ctx.now().toISOString();
  const ids: Record<string, string> = {};
  for (const [position, d] of list.entries()) {
    ids[d.key] = randomUUID();
    await ctx.db
      .insertInto('indicators')
      .values({
        id: ids[d.key],
        model_id: modelId,
        organisation_id: organisationId,
        name: d.name,
        definition: d.definition,
        unit: d.unit,
        value_type: d.valueType,
        frequency: d.frequency,
        aggregation: d.aggregation,
        higher_is_better: d.higherIsBetter ? 1 : 0,
        no_personal_data: 1,
        is_public: d.isPublic ? 1 : 0,
        position,
        created_by: null,
        created_at: now,
        updated_by: null,
        updated_at: now,
        deleted_at: null,
        version: 1,
      })
      .execute();
  }
  await ctx.db
    .insertInto('indicator_settings')
    .values({
      model_id: modelId,
      stalled_days: 540,
      grace_days: 60,
      reminders_enabled: 1,
      public_dashboard: 1,
      updated_by: null,
      updated_at: now,
      version: 1,
    })
    .execute();
  return ids;
}

function centralesValues(
  ids: Record<string, string>,
  site: { id: string; stage: string; stage_changed_at: string },
): NewValue[] {
  const start = firstYear(site);
  if (start === null || start > LAST_YEAR) return [];
  const out: NewValue[] = [];
  const pace = 2 + Math.floor(jitter(site.id, 1) * 3); // new roofs per year
  const kwc = 8.5 + jitter(site.id, 2) * 2; // average size of a roof
  const base = 35 + Math.floor(jitter(site.id, 3) * 30);
  const push = (key: string, year: number, value: number, kind: NewValue['kind'] = 'actual') => {
    const p = periodFromParts('yearly', year, 1);
    out.push({ indicatorId: ids[key], siteId: site.id, kind, period: p.label, periodStart: p.start, value });
  };
  for (let year = start; year <= LAST_YEAR; year++) {
    const k = year - start;
    const installations = Math.min(30, 3 + pace * k);
    push('installations', year, installations);
    push('power', year, Math.round(installations * kwc * 10) / 10);
    push('shareholders', year, Math.min(260, base + Math.round(18 * k + jitter(site.id, 10 + k) * 10)));
  }
  // A target for the next year, set by each company.
  const lastInstallations = Math.min(30, 3 + pace * (LAST_YEAR - start));
  push('installations', LAST_YEAR + 1, lastInstallations + pace, 'target');
  push('power', LAST_YEAR + 1, Math.round((lastInstallations + pace) * kwc * 10) / 10, 'target');
  push('installations', start, 0, 'baseline');
  return out;
}

function bricobusValues(
  ids: Record<string, string>,
  site: { id: string; stage: string; stage_changed_at: string },
): NewValue[] {
  const start = firstYear(site);
  if (start === null || start > LAST_YEAR) return [];
  const out: NewValue[] = [];
  for (let year = Math.max(start, 2019); year <= LAST_YEAR; year++) {
    for (let q = 1; q <= 4; q++) {
      const p = periodFromParts('quarterly', year, q);
      // Fewer worksites in winter; 6 to 10 a quarter otherwise.
      const value = (q === 1 ? 3 : 6) + Math.floor(jitter(site.id, year * 10 + q) * 5);
      out.push({
        indicatorId: ids.worksites,
        siteId: site.id,
        kind: 'actual',
        period: p.label,
        periodStart: p.start,
        value,
      });
    }
    const p = periodFromParts('yearly', year, 1);
    out.push({
      indicatorId: ids.contribution,
      siteId: site.id,
      kind: 'actual',
      period: p.label,
      periodStart: p.start,
      value: Math.round((9 + jitter(site.id, year) * 2.5) * 10) / 10,
    });
  }
  return out;
}

export async function seedDemoIndicators(ctx: AppContext): Promise<void> {
  const networks = [
    { modelId: DEMO_MODEL_IDS.centralesVillageoises, list: CENTRALES, values: centralesValues },
    { modelId: DEMO_MODEL_IDS.bricobus, list: BRICOBUS, values: bricobusValues },
  ];
  for (const network of networks) {
    const model = await ctx.db
      .selectFrom('models')
      .select(['id', 'organisation_id'])
      .where('id', '=', network.modelId)
      .executeTakeFirst();
    if (!model) continue;
    const ids = await insertDictionary(ctx, model.id, model.organisation_id, network.list);
    const sites = await ctx.db
      .selectFrom('sites')
      .select(['id', 'stage', 'stage_changed_at'])
      .where('model_id', '=', model.id)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    const values = sites.flatMap((s) => network.values(ids, s));
    if (values.length > 0)
      await ctx.db
        .transaction()
        .execute((trx) => insertValues(trx, values, 'demo', null, ctx.now(), ctx.dialect));
  }
  await ensureIndicatorReminderJob(ctx.db, ctx.now());
}
