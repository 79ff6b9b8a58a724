import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { OutboxSummary, Page } from './types.ts';

export function getOutbox(cursor: string | undefined, signal?: AbortSignal): Promise<Page<OutboxSummary>> {
  return api.get<Page<OutboxSummary>>('/admin/outbox', { query: { cursor }, signal });
}

export function outboxQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['admin', 'outbox'],
    queryFn: ({ pageParam, signal }) => getOutbox(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // New messages arrive all the time: always re-read when the page opens.
    staleTime: 0,
  });
}

export function useOutbox() {
  return useInfiniteQuery(outboxQueryOptions());
}
