import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { InstrumentSummary } from './types.ts';

/** `GET /api/v1/instruments`: the latest version of each diagnostic instrument. */
export function getInstruments(signal?: AbortSignal): Promise<{ items: InstrumentSummary[] }> {
  return api.get<{ items: InstrumentSummary[] }>('/instruments', { signal });
}

export function instrumentsQueryOptions() {
  return queryOptions({
    queryKey: ['diagnostics', 'instruments'],
    queryFn: ({ signal }) => getInstruments(signal),
    staleTime: 10 * 60_000,
  });
}

export function useInstruments() {
  return useQuery(instrumentsQueryOptions());
}
