import { currentLanguage } from '../../../i18n/i18n.ts';

function locale(): string {
  return currentLanguage() === 'fr' ? 'fr-FR' : 'en-GB';
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);
}

/** Story dates are « AAAA », « AAAA-MM » or « AAAA-MM-JJ »: shown with the precision they were given. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(), options).format(date);
}
