import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import { projectDiagnosticsKey } from './get-project-diagnostics.ts';
import type { Diagnostic, DiagnosticList } from './types.ts';

export const projectTrashKey = (projectId: string) => ['diagnostics', 'project', projectId, 'trash'] as const;

/** `GET /api/v1/projects/:projectId/diagnostics?trash=true`: the project's diagnostics in the trash (editors only). */
export function useProjectTrash(projectId: string) {
  return useQuery({
    queryKey: projectTrashKey(projectId),
    queryFn: ({ signal }) =>
      api.get<DiagnosticList>(`/projects/${encodeURIComponent(projectId)}/diagnostics`, {
        query: { trash: 'true', limit: 100 },
        signal,
      }),
    retry: false,
  });
}

/** `POST /api/v1/diagnostics/:id/restore`: back from the trash. */
export function useRestoreDiagnostic(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Diagnostic>(`/diagnostics/${encodeURIComponent(id)}/restore`, {}),
    onSuccess: async (diagnostic) => {
      queryClient.setQueryData(diagnosticKey(diagnostic.id), diagnostic);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectDiagnosticsKey(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectTrashKey(projectId) }),
      ]);
    },
  });
}
