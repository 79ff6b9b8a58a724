import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AdminOrganisation, Page } from './types.ts';

export function getAdminOrganisations(
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Page<AdminOrganisation>> {
  return api.get<Page<AdminOrganisation>>('/admin/organisations', { query: { cursor }, signal });
}

export function adminOrganisationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['admin', 'organisations'],
    queryFn: ({ pageParam, signal }) => getAdminOrganisations(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAdminOrganisations() {
  return useInfiniteQuery(adminOrganisationsQueryOptions());
}
