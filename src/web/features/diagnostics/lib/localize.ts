import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../api/types.ts';

/** Picks the text of the interface's language from a `{ fr, en }` content text. */
export function useLocalize(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  return (text) => text[lang];
}

/** « 14 h 32 » in French, « 2:32 PM » in English (the browser's clock). */
export function formatTime(date: Date, lang: string): string {
  if (lang === 'fr') {
    return `${String(date.getHours())}\u00a0h\u00a0${String(date.getMinutes()).padStart(2, '0')}`;
  }
  return new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** « 25 novembre 2026 » / « 25 November 2026 ». */
export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long' }).format(
    new Date(iso),
  );
}
