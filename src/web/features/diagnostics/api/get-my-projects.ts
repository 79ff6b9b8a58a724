import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MyProject } from './types.ts';

/** `GET /api/v1/projects/mine`: the project records of my organisations (first 100, most recently changed first). */
export function getMyProjects(
  signal?: AbortSignal,
): Promise<{ items: MyProject[]; nextCursor: string | null }> {
  return api.get<{ items: MyProject[]; nextCursor: string | null }>('/projects/mine', {
    query: { limit: 100 },
    signal,
  });
}

export function myProjectsQueryOptions() {
  return queryOptions({
    queryKey: ['diagnostics', 'my-projects'],
    queryFn: ({ signal }) => getMyProjects(signal),
  });
}

export function useMyProjects(enabled = true) {
  return useQuery({ ...myProjectsQueryOptions(), enabled });
}
