import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Comparison } from './types.ts';

/** `GET /api/v1/diagnostics/compare?a=&b=`: two completed diagnostics of the same instrument, `a` the earlier. */
export function compareDiagnostics(a: string, b: string, signal?: AbortSignal): Promise<Comparison> {
  return api.get<Comparison>('/diagnostics/compare', { query: { a, b }, signal });
}

export function comparisonQueryOptions(a: string, b: string) {
  return queryOptions({
    queryKey: ['diagnostics', 'compare', a, b],
    queryFn: ({ signal }) => compareDiagnostics(a, b, signal),
  });
}

export function useComparison(a: string, b: string) {
  return useQuery({ ...comparisonQueryOptions(a, b), enabled: a !== '' && b !== '' });
}
