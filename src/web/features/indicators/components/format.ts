/** Numbers and dates the way the reader's language writes them. */
export function formatNumber(value: number | null, language: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    maximumFractionDigits: 2,
  }).format(value);
}
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}
