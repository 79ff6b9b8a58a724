import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';

export type InvitationAccepted = { organisationId?: string; organisation?: { id: string } };

/** Joins the organisation (the signed-in person). */
export function acceptInvitation(token: string): Promise<InvitationAccepted | undefined> {
  return api.post<InvitationAccepted | undefined>(`/invitations/${encodeURIComponent(token)}/accept`);
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
