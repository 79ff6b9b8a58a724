import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Items, TerritoryType } from './types.ts';

/** The part of `GET /territories/search` the pickers use. */
export type Territory = {
  type: TerritoryType;
  code: string;
  name: string;
  departement: string | null;
  departementName: string | null;
  postalCodes: string[];
};

export function searchTerritories(q: string, signal?: AbortSignal): Promise<Items<Territory>> {
  return api.get<Items<Territory>>('/territories/search', { query: { q, limit: 10 }, signal });
}

export function territorySearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['territories', 'search', q],
    queryFn: ({ signal }) => searchTerritories(q, signal),
    staleTime: 60 * 60_000,
  });
}

/** Autocomplete: searches from two characters on, keeping the previous suggestions while typing. */
export function useTerritorySearch(q: string) {
  const query = q.trim();
  return useQuery({
    ...territorySearchQueryOptions(query),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}
