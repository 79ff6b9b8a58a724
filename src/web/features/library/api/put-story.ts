import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Project, Story } from './types.ts';

export type StoryWrite = Omit<Story, 'version' | 'updatedAt'> & {
  /** The story's version as last read; absent for a first story. */
  version?: number;
};

/** `PUT /projects/:id/story`: the whole story at once; a stale `version` is refused with 409. */
export function putStory(projectId: string, story: StoryWrite): Promise<Project> {
  return api.put<Project>(`/projects/${encodeURIComponent(projectId)}/story`, story);
}

export function usePutStory(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (story: StoryWrite) => putStory(projectId, story),
    onSuccess: (project) => {
      queryClient.setQueryData(['library', 'project', project.id], project);
      void queryClient.invalidateQueries({ queryKey: ['library', 'search'] });
    },
  });
}
