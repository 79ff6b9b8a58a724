/** Europe/Paris wall-clock time <-> UTC instants, through Intl (the tz database of Node), without any library. */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Offset of Europe/Paris from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** `2027-01-15` + `10:00` in Paris -> the UTC instant. Null when the wall-clock time does not exist (spring-forward gap). */
export function parisToUtc(date: string, time: string): Date | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  if (Number.isNaN(wall)) return null;
  for (const guessOffset of [60, 120]) {
    const candidate = new Date(wall - guessOffset * 60_000);
    if (parisOffsetMinutes(candidate) === guessOffset) return candidate;
  }
  return null;
}

/** The UTC instant as Paris wall-clock parts: { date: '2027-01-15', time: '10:00' }. */
export function utcToParis(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}
