import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { diagnosticKey } from './get-diagnostic.ts';
import { projectDiagnosticsKey } from './get-project-diagnostics.ts';
import type { Diagnostic } from './types.ts';

export type CreateDiagnosticInput = {
  projectId: string;
  instrumentId: string;
  title?: string;
  modelRef?: string;
  territory?: { type: 'commune' | 'epci' | 'departement' | 'region'; code: string };
};

/** `POST /api/v1/projects/:projectId/diagnostics`: a draft with the latest version of the instrument. */
export function createDiagnostic({ projectId, ...body }: CreateDiagnosticInput): Promise<Diagnostic> {
  return api.post<Diagnostic>(`/projects/${encodeURIComponent(projectId)}/diagnostics`, body);
}

export function useCreateDiagnostic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDiagnostic,
    onSuccess: async (diagnostic) => {
      queryClient.setQueryData(diagnosticKey(diagnostic.id), diagnostic);
      await queryClient.invalidateQueries({ queryKey: projectDiagnosticsKey(diagnostic.projectId) });
    },
  });
}
