import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Diagnostic } from './types.ts';

/** `GET /api/v1/diagnostics/:id`: answers, who gave them, and the result (or the live preview of a draft). */
export function getDiagnostic(id: string, signal?: AbortSignal): Promise<Diagnostic> {
  return api.get<Diagnostic>(`/diagnostics/${encodeURIComponent(id)}`, { signal });
}

export const diagnosticKey = (id: string) => ['diagnostics', 'one', id] as const;

export function diagnosticQueryOptions(id: string) {
  return queryOptions({
    queryKey: diagnosticKey(id),
    queryFn: ({ signal }) => getDiagnostic(id, signal),
    // The form keeps its own copy of the answers while someone types: never refetch behind its back.
    staleTime: Infinity,
  });
}

export function useDiagnostic(id: string) {
  return useQuery(diagnosticQueryOptions(id));
}
