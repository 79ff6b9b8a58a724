import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import type { Diagnostic, SharedWith } from './types.ts';

/** `POST /api/v1/diagnostics/:id/share`: read access for facilitators, named by their e-mail address. */
export function shareDiagnostic({
  id,
  facilitatorEmails,
}: {
  id: string;
  facilitatorEmails: string[];
}): Promise<SharedWith> {
  return api.post<SharedWith>(`/diagnostics/${encodeURIComponent(id)}/share`, { facilitatorEmails });
}

export function useShareDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: shareDiagnostic,
    onSuccess: (sharedWith, { id }) => {
      queryClient.setQueryData<Diagnostic>(diagnosticKey(id), (old) => (old ? { ...old, sharedWith } : old));
    },
  });
}
