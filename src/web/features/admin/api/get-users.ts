import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AdminUser, Page } from './types.ts';

export const adminUsersQueryKey = ['admin', 'users'] as const;

export function getAdminUsers(
  q: string,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Page<AdminUser>> {
  return api.get<Page<AdminUser>>('/admin/users', { query: { q: q || undefined, cursor }, signal });
}

export function adminUsersQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: [...adminUsersQueryKey, q],
    queryFn: ({ pageParam, signal }) => getAdminUsers(q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAdminUsers(q: string) {
  return useInfiniteQuery(adminUsersQueryOptions(q));
}
