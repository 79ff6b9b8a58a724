import i18next from 'i18next';
import type { Resource, ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as namespaces from './resources.ts';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';

const storageKey = 'essaim.language';

export type NamespaceName = keyof typeof namespaces;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be disabled (private modes, strict policies): fall back to French.
    return defaultLanguage;
  }
}

function buildResources(): Resource {
  const resources: Record<Language, Record<string, ResourceKey>> = { fr: {}, en: {} };
  for (const [name, namespace] of Object.entries(namespaces)) {
    resources.fr[name] = namespace.fr;
    resources.en[name] = namespace.en;
  }
  return resources;
}

export const i18n = i18next.createInstance();

function applyLanguageToDocument(language: string): void {
  document.documentElement.lang = language;
}

i18n.on('languageChanged', (language) => {
  applyLanguageToDocument(language);
  try {
    if (isLanguage(language)) window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered when storage is unavailable; the choice still applies to this visit.
  }
});

void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyLanguageToDocument(i18n.language);

/** The current language, always one we support. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}
