import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Territory, TerritoryType } from './types.ts';

export function getTerritory(code: string, type?: TerritoryType, signal?: AbortSignal): Promise<Territory> {
  return api.get<Territory>(`/territories/${encodeURIComponent(code)}`, { query: { type }, signal });
}

export function useTerritory(code: string | null, type?: TerritoryType) {
  return useQuery(
    queryOptions({
      queryKey: ['territories', 'one', code, type],
      queryFn: ({ signal }) => getTerritory(code ?? '', type, signal),
      enabled: code !== null,
      staleTime: 3_600_000,
    }),
  );
}
