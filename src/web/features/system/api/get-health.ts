import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Body of `GET /api/v1/health`. */
export type Health = {
  status: 'ok';
  database: { reachable: boolean; dialect: string };
  version: string;
};

export function getHealth(signal?: AbortSignal): Promise<Health> {
  return api.get<Health>('/health', { signal });
}

export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['system', 'health'],
    queryFn: ({ signal }) => getHealth(signal),
    staleTime: 60_000,
  });
}

export function useHealth() {
  return useQuery(healthQueryOptions());
}
