import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CardPage } from './types.ts';

export function getMyProjects(cursor: string | null, signal?: AbortSignal): Promise<CardPage> {
  return api.get<CardPage>('/projects/mine', { query: { cursor: cursor ?? undefined, limit: 20 }, signal });
}

export function useMyProjects() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['library', 'mine', 'projects'],
      queryFn: ({ pageParam, signal }) => getMyProjects(pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  );
}
