import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { membersQueryKey } from './get-members.ts';

/** Removes a member from the organisation (owners only). */
export function removeMember(organisationId: string, userId: string): Promise<void> {
  return api.delete<void>(
    `/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
  );
}

export function useRemoveMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(organisationId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(organisationId) }),
  });
}
