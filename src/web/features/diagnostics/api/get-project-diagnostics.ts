import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { DiagnosticList } from './types.ts';

/** `GET /api/v1/projects/:projectId/diagnostics`: the history of a project's diagnostics, most recent first. */
export function getProjectDiagnostics(projectId: string, signal?: AbortSignal): Promise<DiagnosticList> {
  return api.get<DiagnosticList>(`/projects/${encodeURIComponent(projectId)}/diagnostics`, {
    query: { limit: 100 },
    signal,
  });
}

export const projectDiagnosticsKey = (projectId: string) => ['diagnostics', 'project', projectId] as const;

export function projectDiagnosticsQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: projectDiagnosticsKey(projectId),
    queryFn: ({ signal }) => getProjectDiagnostics(projectId, signal),
  });
}

export function useProjectDiagnostics(projectId: string) {
  return useQuery(projectDiagnosticsQueryOptions(projectId));
}
