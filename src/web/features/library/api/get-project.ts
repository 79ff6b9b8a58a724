import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project } from './types.ts';

export function getProject(id: string, signal?: AbortSignal): Promise<Project> {
  return api.get<Project>(`/projects/${encodeURIComponent(id)}`, { signal });
}

export function projectQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['library', 'project', id],
    queryFn: ({ signal }) => getProject(id, signal),
  });
}

export function useProject(id: string) {
  return useQuery(projectQueryOptions(id));
}
