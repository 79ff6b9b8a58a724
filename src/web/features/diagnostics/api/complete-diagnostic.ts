import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import { projectDiagnosticsKey } from './get-project-diagnostics.ts';
import type { Diagnostic } from './types.ts';

/** `POST /api/v1/diagnostics/:id/complete`: computes and stores the result. Missing answers come back as fields. */
export function completeDiagnostic({ id, version }: { id: string; version: number }): Promise<Diagnostic> {
  return api.post<Diagnostic>(`/diagnostics/${encodeURIComponent(id)}/complete`, { version });
}

export function useCompleteDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeDiagnostic,
    onSuccess: async (diagnostic) => {
      queryClient.setQueryData(diagnosticKey(diagnostic.id), diagnostic);
      await queryClient.invalidateQueries({ queryKey: projectDiagnosticsKey(diagnostic.projectId) });
    },
  });
}
