import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Territory } from './types.ts';

/** Body of `GET /territories/:code/similar`: same kind of EPCI and same population band. */
export type SimilarTerritories = { reference: Territory; items: Territory[] };

export function getSimilarTerritories(code: string, signal?: AbortSignal): Promise<SimilarTerritories> {
  return api.get<SimilarTerritories>(`/territories/${encodeURIComponent(code)}/similar`, {
    query: { type: 'commune' },
    signal,
  });
}

export function useSimilarTerritories(code: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['territories', 'similar', code],
      queryFn: ({ signal }) => getSimilarTerritories(code ?? '', signal),
      enabled: code !== null,
      staleTime: 3_600_000,
    }),
  );
}
