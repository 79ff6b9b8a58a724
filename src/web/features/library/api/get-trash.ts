import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CardPage } from './types.ts';

/** Projects deleted less than 30 days ago, which can still be restored. */
export function getTrash(cursor: string | null, signal?: AbortSignal): Promise<CardPage> {
  return api.get<CardPage>('/projects/trash', { query: { cursor: cursor ?? undefined, limit: 20 }, signal });
}

export function useTrash() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['library', 'mine', 'trash'],
      queryFn: ({ pageParam, signal }) => getTrash(pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  );
}
