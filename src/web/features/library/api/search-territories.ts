import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Territory, TerritoryType } from './types.ts';

export function searchTerritories(
  q: string,
  types: readonly TerritoryType[],
  signal?: AbortSignal,
): Promise<{ items: Territory[] }> {
  return api.get<{ items: Territory[] }>('/territories/search', {
    query: { q, types: types.join(','), limit: 10 },
    signal,
  });
}

/** Autocomplete over the French territories (name, postal code or INSEE code); waits for two characters. */
export function useTerritorySearch(q: string, types: readonly TerritoryType[]) {
  const trimmed = q.trim();
  return useQuery(
    queryOptions({
      queryKey: ['territories', 'search', trimmed, types],
      queryFn: ({ signal }) => searchTerritories(trimmed, types, signal),
      enabled: trimmed.length >= 2,
      staleTime: 3_600_000,
      placeholderData: keepPreviousData,
    }),
  );
}
