import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client.ts';
import type { Me } from './types.ts';

export const meQueryKey = ['accounts', 'me'] as const;

/** The signed-in person, or `null` for a visitor (the server answers 401). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });
}

/** The current user: `data` is `null` when nobody is signed in, `undefined` while loading. */
export function useMe() {
  return useQuery(meQueryOptions());
}

export function isPlatformAdmin(me: Me | null | undefined): boolean {
  return me?.platformRole === 'admin';
}
