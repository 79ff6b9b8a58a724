import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import { projectDiagnosticsKey } from './get-project-diagnostics.ts';
import type { Diagnostic } from './types.ts';

/** `POST /api/v1/diagnostics/:id/reopen`: back to a draft to change answers (the stored result is removed). */
export function reopenDiagnostic({ id, version }: { id: string; version: number }): Promise<Diagnostic> {
  return api.post<Diagnostic>(`/diagnostics/${encodeURIComponent(id)}/reopen`, { version });
}

export function useReopenDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reopenDiagnostic,
    onSuccess: async (diagnostic) => {
      queryClient.setQueryData(diagnosticKey(diagnostic.id), diagnostic);
      await queryClient.invalidateQueries({ queryKey: projectDiagnosticsKey(diagnostic.projectId) });
    },
  });
}
