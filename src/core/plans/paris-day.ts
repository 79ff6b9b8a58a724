/**
 * Calendar days in Europe/Paris, where the carriers live: a due date is a day there, so "due in 7 days" and
 * "overdue" are counted from the Paris date of the instant, not the UTC one (they differ between 22:00 and 00:00
 * UTC in summer, 23:00 and 00:00 in winter). Pure: the instant is passed in, Intl carries the time-zone rules.
 */
const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parisParts(instant: Date): Record<string, string> {
  return Object.fromEntries(PARIS.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** The Paris calendar day of `instant`, as `YYYY-MM-DD`. */
export function parisDay(instant: Date): string {
  const p = parisParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `YYYY-MM-DD` plus `days` calendar days (negative to go back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The UTC instant of `hour`:00 in Paris on `day` (the offset is +1 in winter, +2 in summer). */
export function parisTimeOn(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, hour - offset));
    const p = parisParts(candidate);
    if (`${p.year}-${p.month}-${p.day}` === day && Number(p.hour) === hour) return candidate;
  }
  // An hour skipped by the spring change (02:00 on the last Sunday of March): take the instant an hour later.
  return new Date(Date.UTC(y, m - 1, d, hour - 1));
}

/** Where a due date stands on `today` (both Paris days): overdue, due within `horizon` days, or later. */
export function dueState(dueDate: string, today: string, horizon: number): 'overdue' | 'due' | 'later' {
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, horizon) ? 'due' : 'later';
}
