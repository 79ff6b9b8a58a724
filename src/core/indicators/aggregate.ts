/**
 * How the values of a network combine, by the indicator's aggregation rule. Per period, over the sites that
 * reported: `sum` adds them (flows: installations made), `average` takes their mean (rates), `last` adds each
 * site's value too (stocks: installed power, shareholders), `count` counts the values. Over a longer bucket (the
 * years of a monthly indicator): `sum` and `count` add up, `average` is the mean of all values, `last` is the
 * network figure of the latest period of the bucket that has values.
 */
export type Aggregation = 'sum' | 'average' | 'last' | 'count';

export interface PeriodTotal {
  period: string;
  /** First day of the period (YYYY-MM-DD). */
  start: string;
  sum: number;
  count: number;
}

/** The network figure of one period from its sum and count. */
export function networkFigure(rule: Aggregation, sum: number, count: number): number | null {
  if (count === 0) return null;
  switch (rule) {
    case 'sum':
    case 'last':
      return sum;
    case 'average':
      return sum / count;
    case 'count':
      return count;
  }
}

/** Sums and counts per period from raw values: what the roll-up tables must always hold. */
export function totalsFromValues(
  values: readonly { period: string; start: string; value: number }[],
): PeriodTotal[] {
  const byStart = new Map<string, PeriodTotal>();
  for (const v of values) {
    const total = byStart.get(v.start) ?? { period: v.period, start: v.start, sum: 0, count: 0 };
    total.sum += v.value;
    total.count += 1;
    byStart.set(v.start, total);
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** Period totals merged into years, by the rule (see above). Input sorted by start. */
export function totalsByYear(rule: Aggregation, totals: readonly PeriodTotal[]): PeriodTotal[] {
  const years = new Map<string, PeriodTotal>();
  for (const t of totals) {
    const year = t.start.slice(0, 4);
    const current = years.get(year);
    if (!current || rule === 'last') {
      // For `last`, a later period replaces the earlier one (input is sorted).
      years.set(year, { period: year, start: `${year}-01-01`, sum: t.sum, count: t.count });
    } else {
      current.sum += t.sum;
      current.count += t.count;
    }
  }
  return [...years.values()];
}

/** Rounds a figure for display and export (6 significant decimals at most). */
export function roundFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
