import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';
import type { MethodIndex } from './types.ts';

export type ContentLang = 'fr' | 'en';

/** `GET /api/v1/method?lang=`: the whole method in one language (the server caches it for five minutes). */
export function getMethodIndex(lang: ContentLang, signal?: AbortSignal): Promise<MethodIndex> {
  return api.get<MethodIndex>('/method', { query: { lang }, signal });
}

export function methodIndexQueryOptions(lang: ContentLang) {
  return queryOptions({
    queryKey: ['method', 'index', lang],
    queryFn: ({ signal }) => getMethodIndex(lang, signal),
    // Content only changes with a new release.
    staleTime: 10 * 60_000,
  });
}

/** The language of the interface, which the method content follows. */
export function useContentLang(): ContentLang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}

export function useMethodIndex() {
  return useQuery(methodIndexQueryOptions(useContentLang()));
}
