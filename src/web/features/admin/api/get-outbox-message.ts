import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { OutboxMessage } from './types.ts';

export function getOutboxMessage(id: string, signal?: AbortSignal): Promise<OutboxMessage> {
  return api.get<OutboxMessage>(`/admin/outbox/${encodeURIComponent(id)}`, { signal });
}

export function outboxMessageQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['admin', 'outbox', id],
    queryFn: ({ signal }) => getOutboxMessage(id, signal),
    staleTime: 0,
  });
}

export function useOutboxMessage(id: string) {
  return useQuery(outboxMessageQueryOptions(id));
}
