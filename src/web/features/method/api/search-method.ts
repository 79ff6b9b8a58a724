import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { useContentLang } from './get-method-index.ts';
import type { ContentLang } from './get-method-index.ts';
import type { MethodSearchResponse } from './types.ts';

/** `GET /api/v1/method/search?q=&lang=`: parts whose title matches first, then the others. */
export function searchMethod(
  q: string,
  lang: ContentLang,
  signal?: AbortSignal,
): Promise<MethodSearchResponse> {
  return api.get<MethodSearchResponse>('/method/search', { query: { q, lang }, signal });
}

export function methodSearchQueryOptions(q: string, lang: ContentLang) {
  return queryOptions({
    queryKey: ['method', 'search', lang, q],
    queryFn: ({ signal }) => searchMethod(q, lang, signal),
    staleTime: 10 * 60_000,
  });
}

/** Runs only for queries of two characters or more (the server finds nothing below). */
export function useMethodSearch(q: string) {
  const lang = useContentLang();
  return useQuery({
    ...methodSearchQueryOptions(q.trim(), lang),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
