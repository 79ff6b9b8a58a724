import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Instrument } from './types.ts';

/** `GET /api/v1/instruments/:id/versions/:version`: a shipped version never changes. */
export function getInstrument(id: string, version: number, signal?: AbortSignal): Promise<Instrument> {
  return api.get<Instrument>(`/instruments/${encodeURIComponent(id)}/versions/${String(version)}`, {
    signal,
  });
}

export function instrumentQueryOptions(id: string, version: number) {
  return queryOptions({
    queryKey: ['diagnostics', 'instrument', id, version],
    queryFn: ({ signal }) => getInstrument(id, version, signal),
    staleTime: Infinity,
  });
}

export function useInstrument(id: string | undefined, version: number | undefined) {
  return useQuery({
    ...instrumentQueryOptions(id ?? '', version ?? 0),
    enabled: id !== undefined && version !== undefined,
  });
}
