import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project } from './types.ts';

export function publishProject(id: string, version?: number): Promise<Project> {
  return api.post<Project>(`/projects/${encodeURIComponent(id)}/publish`, { version });
}

export function usePublishProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) => publishProject(id, version),
    onSuccess: (project) => {
      queryClient.setQueryData(['library', 'project', project.id], project);
      void queryClient.invalidateQueries({ queryKey: ['library'] });
    },
  });
}
