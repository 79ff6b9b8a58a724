import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project } from './types.ts';

export function restoreProject(id: string): Promise<Project> {
  return api.post<Project>(`/projects/${encodeURIComponent(id)}/restore`);
}

export function useRestoreProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['library'] }),
  });
}
