import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project, ProjectFields } from './types.ts';

/** `PATCH /projects/:id`: `version` is the one last read; a stale version is refused with 409. */
export function updateProject(
  id: string,
  input: Partial<ProjectFields> & { version: number },
): Promise<Project> {
  return api.patch<Project>(`/projects/${encodeURIComponent(id)}`, input);
}

export function useUpdateProject(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<ProjectFields> & { version: number }) => updateProject(id, input),
    onSuccess: (project) => {
      queryClient.setQueryData(['library', 'project', project.id], project);
      void queryClient.invalidateQueries({ queryKey: ['library', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['library', 'search'] });
    },
  });
}
