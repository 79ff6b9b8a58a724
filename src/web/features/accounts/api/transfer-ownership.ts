import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';

/** Makes another member the owner; the current owner becomes an editor. */
export function transferOwnership(organisationId: string, userId: string): Promise<unknown> {
  return api.post<unknown>(`/organisations/${encodeURIComponent(organisationId)}/transfer`, { userId });
}

export function useTransferOwnership(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => transferOwnership(organisationId, userId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...organisationsQueryKey, organisationId] });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
