import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Territory } from './search-territories.ts';

/** One territory by its code, to show the name of an organisation's saved territory. */
export function getTerritory(code: string, signal?: AbortSignal): Promise<Territory> {
  return api.get<Territory>(`/territories/${encodeURIComponent(code)}`, { signal });
}

export function useTerritory(code: string | null) {
  return useQuery({
    queryKey: ['territories', 'one', code],
    queryFn: ({ signal }) => getTerritory(code ?? '', signal),
    enabled: Boolean(code),
    staleTime: 60 * 60_000,
  });
}
