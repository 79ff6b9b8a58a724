import type { DatabaseHandle } from '../../src/db/connect.ts';
import { createSession, SESSION_COOKIE } from '../../src/server/auth/sessions.ts';
import { periodFromParts } from '../../src/core/indicators/periods.ts';

/** Sites whose figures are reported (the dashboard's reporting stages): the ones that upload values. */
const REPORTING = ['launch', 'operating', 'autonomous'] as const;

export interface NetworkFixtures {
  /** The model with the most sites (the largest network) and a session of its carrier's owner. */
  modelId: string;
  carrierCookie: string;
  sites: number;
  indicators: { id: string; unit: string; valueType: string }[];
  /** Reporting sites of that network, each with a session of its own organisation's owner (who may write its values). */
  uploaders: { siteId: string; cookie: string }[];
  /**
   * The next month to back-fill, as a month index (year × 12 + month − 1), counting down: each upload sends a site's
   * values for one month before the history the dataset holds, so that no upload is a duplicate and the recent
   * figures the dashboard shows stay as generated, run after run.
   */
  backfill: { next: number; uploads: number };
}

const cookieOf = (secret: string) => `${SESSION_COOKIE}=${secret}`;

/** Null when the dataset has no sites (made before bench:data generated them): the network scenarios are skipped. */
export async function prepareNetwork(handle: DatabaseHandle, now: Date): Promise<NetworkFixtures | null> {
  const db = handle.db;
  const largest = await db
    .selectFrom('sites')
    .select(['model_id', 'carrier_organisation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .groupBy(['model_id', 'carrier_organisation_id'])
    .orderBy('n', 'desc')
    .orderBy('model_id')
    .executeTakeFirst();
  if (!largest) return null;
  const indicators = (
    await db
      .selectFrom('indicators')
      .select(['id', 'unit', 'value_type'])
      .where('model_id', '=', largest.model_id)
      .where('deleted_at', 'is', null)
      .where('frequency', '=', 'monthly')
      .orderBy('position')
      .execute()
  ).map((i) => ({ id: i.id, unit: i.unit, valueType: i.value_type }));
  if (indicators.length === 0) return null;
  const ownerSession = async (organisationId: string) => {
    const owner = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', organisationId)
      .where('role', '=', 'owner')
      .orderBy('user_id')
      .executeTakeFirstOrThrow();
    return cookieOf((await createSession(db, owner.user_id, now, { userAgent: 'essaim bench' })).secret);
  };
  const sites = await db
    .selectFrom('sites')
    .select(['id', 'organisation_id'])
    .where('model_id', '=', largest.model_id)
    .where('deleted_at', 'is', null)
    .where('stage', 'in', [...REPORTING])
    .orderBy('id')
    .execute();
  const cookies = new Map<string, string>();
  const uploaders: NetworkFixtures['uploaders'] = [];
  for (const s of sites) {
    if (!cookies.has(s.organisation_id))
      cookies.set(s.organisation_id, await ownerSession(s.organisation_id));
    uploaders.push({ siteId: s.id, cookie: cookies.get(s.organisation_id)! });
  }
  const network: NetworkFixtures = {
    modelId: largest.model_id,
    carrierCookie: await ownerSession(largest.carrier_organisation_id),
    sites: Number(largest.n),
    indicators,
    uploaders,
    backfill: { next: 0, uploads: 0 },
  };
  await refreshBackfill(handle, network);
  return network;
}

/**
 * Restarts the back-fill from the month before the oldest value of the network: requests still in flight when a
 * timed load stopped may have written months the bench did not count.
 */
export async function refreshBackfill(handle: DatabaseHandle, network: NetworkFixtures): Promise<void> {
  const oldest = await handle.db
    .selectFrom('indicator_values')
    .select((eb) => eb.fn.min('period_start').as('start'))
    .where(
      'indicator_id',
      'in',
      network.indicators.map((i) => i.id),
    )
    .executeTakeFirst();
  const start = (oldest?.start as string | null | undefined) ?? '2026-03-01';
  network.backfill = {
    next: Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - 1,
    uploads: 0,
  };
}

/** The CSV of the n-th upload: one site's five indicators for one month, the French way (semicolons, comma). */
export function uploadCsv(network: NetworkFixtures, n: number): string {
  const site = network.uploaders[n % network.uploaders.length]!;
  const month = network.backfill.next - Math.floor(n / network.uploaders.length);
  const period = periodFromParts('monthly', Math.floor(month / 12), (month % 12) + 1).label;
  const lines = ['site;indicateur;période;type;valeur;unité'];
  for (const [i, indicator] of network.indicators.entries()) {
    const raw = 10 + ((n * 7 + i * 13) % 90);
    const value = indicator.valueType === 'integer' ? String(raw) : `${raw},5`;
    lines.push(`${site.siteId};${indicator.id};${period};réel;${value};${indicator.unit}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
