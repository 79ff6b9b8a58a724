/** Dates of the sessions in Europe/Paris, in the page's language: « vendredi 15 janvier 2027 ». */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** « 10 h – 12 h » in French, "10:00–12:00" in English. */
export function formatHours(start: string, end: string, language: string): string {
  if (language.startsWith('en')) return `${start}–${end}`;
  const fr = (t: string) => (t.endsWith(':00') ? `${Number(t.slice(0, 2))}\u00a0h` : `${Number(t.slice(0, 2))}\u00a0h\u00a0${t.slice(3)}`);
  return `${fr(start)} – ${fr(end)}`;
}
