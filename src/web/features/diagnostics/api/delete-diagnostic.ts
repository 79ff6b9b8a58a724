import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import { projectDiagnosticsKey } from './get-project-diagnostics.ts';

/** `DELETE /api/v1/diagnostics/:id`: to the trash, restorable for 30 days. */
export function deleteDiagnostic({ id }: { id: string; projectId: string }): Promise<void> {
  return api.delete<void>(`/diagnostics/${encodeURIComponent(id)}`);
}

export function useDeleteDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDiagnostic,
    onSuccess: async (_data, { id, projectId }) => {
      queryClient.removeQueries({ queryKey: diagnosticKey(id) });
      await queryClient.invalidateQueries({ queryKey: projectDiagnosticsKey(projectId) });
    },
  });
}
