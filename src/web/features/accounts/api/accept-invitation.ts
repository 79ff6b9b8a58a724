import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';
import type { Organisation } from './types.ts';

/** Joins the organisation (the signed-in person); answers with the organisation. */
export function acceptInvitation(token: string): Promise<Organisation> {
  return api.post<Organisation>(`/invitations/${encodeURIComponent(token)}/accept`);
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
