import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project, ProjectFields } from './types.ts';

export type CreateProjectInput = ProjectFields & { organisationId: string };

export function createProject(input: CreateProjectInput): Promise<Project> {
  return api.post<Project>('/projects', input);
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: (project) => {
      queryClient.setQueryData(['library', 'project', project.id], project);
      void queryClient.invalidateQueries({ queryKey: ['library', 'mine'] });
    },
  });
}
