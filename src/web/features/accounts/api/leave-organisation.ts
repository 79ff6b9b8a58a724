import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';

/** Leaves the organisation. The last owner must transfer ownership first. */
export function leaveOrganisation(organisationId: string): Promise<void> {
  return api.post<void>(`/organisations/${encodeURIComponent(organisationId)}/leave`);
}

export function useLeaveOrganisation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveOrganisation(organisationId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: [...organisationsQueryKey, organisationId] });
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
