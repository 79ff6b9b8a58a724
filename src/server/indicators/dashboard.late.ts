import { sql } from 'kysely';
import { lastDuePeriod, type Period } from '../../core/indicators/periods.ts';
import type { Db } from '../../db/database.ts';
import type { SiteStage } from '../../db/tables/sites.ts';
import type { IndicatorRow } from './indicators.repository.ts';

/**
 * Sites late on their reporting: a site in a reporting stage whose latest actual value, for some indicator, is older
 * than the period now due (or that never reported it). The latest values are kept on write in
 * `indicator_site_latest`; the database folds them to one row per site (how many indicators it reported, how many of
 * those are overdue, its oldest overdue report), so only the sites of the page asked for are read in detail.
 */
export const REPORTING_STAGES: readonly SiteStage[] = ['launch', 'operating', 'autonomous'];

export interface LateSite {
  siteId: string;
  name: string;
  stage: string;
  missing: { indicatorId: string; name: string; lastPeriod: string | null; duePeriod: string }[];
}

// One collator for every sort: `localeCompare(x, 'fr')` builds one per call.
const french = new Intl.Collator('fr');

const IN_CHUNK = 500;

/** One page of the late sites, the latest first (oldest last report, then most indicators overdue, then name). */
export async function findLatePage(
  db: Db,
  sites: readonly { id: string; name: string; stage: string }[],
  indicators: readonly IndicatorRow[],
  now: Date,
  graceDays: number,
  offset = 0,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ total: number; items: LateSite[] }> {
  const expected = sites.filter((s) => REPORTING_STAGES.includes(s.stage as SiteStage));
  if (expected.length === 0 || indicators.length === 0) return { total: 0, items: [] };
  const due = new Map<string, Period>(
    indicators.map((i) => [i.id, lastDuePeriod(i.frequency, now, graceDays)]),
  );
  const ids = indicators.map((i) => i.id);
  // The period due per indicator as a small table joined on the latest values: one comparison a row.
  const dueRows = sql.join(indicators.map((i) => sql`(${i.id}, ${due.get(i.id)!.start})`));
  const { rows: perSite } = await sql<{
    site_id: string;
    reported: number | string;
    overdue: number | string;
    oldest: string | null;
  }>`with due (indicator_id, start) as (values ${dueRows})
    select l.site_id, count(*) as reported,
      sum(case when l.period_start < due.start then 1 else 0 end) as overdue,
      min(case when l.period_start < due.start then l.period_start end) as oldest
    from due join indicator_site_latest l on l.indicator_id = due.indicator_id and l.kind = 'actual'
    group by l.site_id`.execute(db);
  const bySite = new Map(perSite.map((r) => [r.site_id, r]));
  const late: { site: (typeof expected)[number]; missing: number; oldest: string }[] = [];
  for (const site of expected) {
    const r = bySite.get(site.id);
    const never = indicators.length - Number(r?.reported ?? 0);
    const missing = never + Number(r?.overdue ?? 0);
    // How late the site is: the start of its oldest last report among the overdue indicators ('' when never reported).
    if (missing > 0) late.push({ site, missing, oldest: never > 0 ? '' : (r?.oldest ?? '') });
  }
  late.sort(
    (a, b) =>
      (a.oldest < b.oldest ? -1 : a.oldest > b.oldest ? 1 : 0) ||
      b.missing - a.missing ||
      french.compare(a.site.name, b.site.name),
  );
  const page = late.slice(offset, offset + limit);
  if (page.length === 0) return { total: late.length, items: [] };

  // The details of the page's sites only: which indicators, their last period and the one due.
  const last = new Map<string, { period: string; start: string }>();
  const pageIds = page.map((l) => l.site.id);
  for (let i = 0; i < pageIds.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom('indicator_site_latest')
      .select(['indicator_id', 'site_id', 'period', 'period_start'])
      .where('kind', '=', 'actual')
      .where('indicator_id', 'in', ids)
      .where('site_id', 'in', pageIds.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows)
      last.set(`${r.site_id}|${r.indicator_id}`, { period: r.period, start: r.period_start });
  }
  const items = page.map(({ site }) => {
    const missing: LateSite['missing'] = [];
    for (const indicator of indicators) {
      const mine = last.get(`${site.id}|${indicator.id}`);
      const duePeriod = due.get(indicator.id)!;
      if (!mine || mine.start < duePeriod.start)
        missing.push({
          indicatorId: indicator.id,
          name: indicator.name,
          lastPeriod: mine?.period ?? null,
          duePeriod: duePeriod.label,
        });
    }
    return { siteId: site.id, name: site.name, stage: site.stage, missing };
  });
  return { total: late.length, items };
}

/** Every late site with its overdue indicators (the daily reminders). */
export async function findLateSites(
  db: Db,
  sites: readonly { id: string; name: string; stage: string }[],
  indicators: readonly IndicatorRow[],
  now: Date,
  graceDays: number,
): Promise<LateSite[]> {
  return (await findLatePage(db, sites, indicators, now, graceDays)).items;
}
