/** Dates of the sessions in Europe/Paris, in the page's language: « vendredi 15 janvier 2027 ». */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}

/** « 10 h – 12 h » in French, "10:00–12:00" in English. */
export function formatHours(start: string, end: string, language: string): string {
  if (language.startsWith('en')) return `${start}–${end}`;
  const fr = (t: string) =>
    t.endsWith(':00')
      ? `${Number(t.slice(0, 2))}\u00a0h`
      : `${Number(t.slice(0, 2))}\u00a0h\u00a0${t.slice(3)}`;
  return `${fr(start)} – ${fr(end)}`;
}

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function parisWall(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(parisParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Paris wall-clock date and time → ISO UTC instant (the registration deadline); null for a time that does not exist. */
export function parisToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  for (const offset of [60, 120]) {
    const candidate = new Date(wall - offset * 60_000);
    const back = parisWall(candidate);
    if (back.date === date && back.time === time) return candidate.toISOString();
  }
  return null;
}

/** ISO UTC instant → Paris wall-clock date and time, for the editor's fields. */
export function isoToParis(iso: string): { date: string; time: string } {
  return parisWall(new Date(iso));
}
