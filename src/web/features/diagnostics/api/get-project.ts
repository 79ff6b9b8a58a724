import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The little of `GET /api/v1/projects/:id` (a library project record) that the diagnostics pages show. */
export type ProjectHeader = { id: string; title: string };

export function getProject(id: string, signal?: AbortSignal): Promise<ProjectHeader> {
  return api.get<ProjectHeader>(`/projects/${encodeURIComponent(id)}`, { signal });
}

export function projectQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['diagnostics', 'project-header', id],
    queryFn: ({ signal }) => getProject(id, signal),
  });
}

export function useProjectHeader(id: string) {
  return useQuery(projectQueryOptions(id));
}
