import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import type { Diagnostic, SharedWith } from './types.ts';

export type UnshareInput = { id: string; userIds?: string[]; organisationIds?: string[] };

/** `POST /api/v1/diagnostics/:id/unshare`: withdraws read access from facilitators or organisations. */
export function unshareDiagnostic({ id, ...body }: UnshareInput): Promise<SharedWith> {
  return api.post<SharedWith>(`/diagnostics/${encodeURIComponent(id)}/unshare`, body);
}

export function useUnshareDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unshareDiagnostic,
    onSuccess: (sharedWith, { id }) => {
      queryClient.setQueryData<Diagnostic>(diagnosticKey(id), (old) => (old ? { ...old, sharedWith } : old));
    },
  });
}
