import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Items, Session } from './types.ts';

export const sessionsQueryKey = ['accounts', 'sessions'] as const;

export function getSessions(signal?: AbortSignal): Promise<Items<Session>> {
  return api.get<Items<Session>>('/auth/sessions', { signal });
}

export function sessionsQueryOptions() {
  return queryOptions({ queryKey: sessionsQueryKey, queryFn: ({ signal }) => getSessions(signal) });
}

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
