/**
 * Reporting periods. A period is written as a label in its indicator's frequency: `2025-03` (monthly), `2025-T1`
 * (quarterly, T for « trimestre »; Q is accepted), `2025` (yearly). Its first day (`YYYY-MM-DD`) sorts and buckets.
 */
export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export interface Period {
  label: string;
  frequency: Frequency;
  /** First day, YYYY-MM-DD. */
  start: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function periodFromParts(frequency: Frequency, year: number, index: number): Period {
  if (frequency === 'yearly') return { label: String(year), frequency, start: `${year}-01-01` };
  if (frequency === 'quarterly')
    return { label: `${year}-T${index}`, frequency, start: `${year}-${pad(index * 3 - 2)}-01` };
  return { label: `${year}-${pad(index)}`, frequency, start: `${year}-${pad(index)}-01` };
}

/** Reads a period label; null when it is not one. */
export function parsePeriodLabel(input: string): Period | null {
  const text = input.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(text);
  const inRange = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
  if (m) return inRange(Number(m[1])) ? periodFromParts('yearly', Number(m[1]), 1) : null;
  m = /^(\d{4})-[TQ]([1-4])$/.exec(text);
  if (m) return inRange(Number(m[1])) ? periodFromParts('quarterly', Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return inRange(Number(m[1])) ? periodFromParts('monthly', Number(m[1]), Number(m[2])) : null;
  return null;
}

/** A calendar date `dd/mm/yyyy` (French) or `yyyy-mm-dd` as `YYYY-MM-DD`; null when it is no real date. */
export function parseDate(input: string): string | null {
  const text = input.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, mo, d] = fr
    ? [Number(fr[3]), Number(fr[2]), Number(fr[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!y || y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The period of the given frequency that contains a date (YYYY-MM-DD). */
export function periodOfDate(date: string, frequency: Frequency): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (frequency === 'yearly') return periodFromParts('yearly', year, 1);
  if (frequency === 'quarterly') return periodFromParts('quarterly', year, Math.ceil(month / 3));
  return periodFromParts('monthly', year, month);
}

export type PeriodProblem = 'format' | 'frequency';

/**
 * Reads what a person typed for an indicator of the given frequency: a label of that frequency, or a date (the
 * period containing it). A label of another frequency (`2025-03` for a yearly indicator) is refused.
 */
export function readPeriod(
  input: string,
  frequency: Frequency,
): { period: Period } | { problem: PeriodProblem } {
  const label = parsePeriodLabel(input);
  if (label) return label.frequency === frequency ? { period: label } : { problem: 'frequency' };
  const date = parseDate(input);
  return date ? { period: periodOfDate(date, frequency) } : { problem: 'format' };
}

/** The day after the period ends (YYYY-MM-DD). */
export function periodEndExclusive(period: Period): string {
  const y = Number(period.start.slice(0, 4));
  const m = Number(period.start.slice(5, 7));
  const months = period.frequency === 'yearly' ? 12 : period.frequency === 'quarterly' ? 3 : 1;
  const next = new Date(Date.UTC(y, m - 1 + months, 1));
  return next.toISOString().slice(0, 10);
}

/** The period just before. */
export function previousPeriod(period: Period): Period {
  const y = Number(period.start.slice(0, 4));
  const m = Number(period.start.slice(5, 7));
  const months = period.frequency === 'yearly' ? 12 : period.frequency === 'quarterly' ? 3 : 1;
  const prev = new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
  return periodOfDate(prev, period.frequency);
}

/**
 * The latest period a site should have reported by `now`: the last period that ended at least `graceDays` ago.
 * A site whose latest actual value is older is late.
 */
export function lastDuePeriod(frequency: Frequency, now: Date, graceDays: number): Period {
  const cutoff = new Date(now.getTime() - graceDays * 86_400_000).toISOString().slice(0, 10);
  let period = periodOfDate(cutoff, frequency);
  while (periodEndExclusive(period) > cutoff) period = previousPeriod(period);
  return period;
}

/** Whole days between two instants (ISO text or dates). */
export function daysBetween(from: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(from).getTime()) / 86_400_000);
}
