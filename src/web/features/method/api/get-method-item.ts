import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { useContentLang } from './get-method-index.ts';
import type { ContentLang } from './get-method-index.ts';
import type { MethodItemResponse, MethodKind } from './types.ts';

/** `GET /api/v1/method/:kind/:id?lang=`: one part of the method with its sources and related parts. */
export function getMethodItem<K extends MethodKind>(
  kind: K,
  id: string,
  lang: ContentLang,
  signal?: AbortSignal,
): Promise<MethodItemResponse<K>> {
  return api.get<MethodItemResponse<K>>(`/method/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, {
    query: { lang },
    signal,
  });
}

export function methodItemQueryOptions<K extends MethodKind>(kind: K, id: string, lang: ContentLang) {
  return queryOptions({
    queryKey: ['method', 'item', kind, id, lang],
    queryFn: ({ signal }) => getMethodItem(kind, id, lang, signal),
    staleTime: 10 * 60_000,
  });
}

export function useMethodItem<K extends MethodKind>(kind: K, id: string) {
  return useQuery(methodItemQueryOptions(kind, id, useContentLang()));
}
