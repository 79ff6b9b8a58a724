import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invitationsQueryKey } from './get-invitations.ts';
import type { Invitation, OrganisationRole } from './types.ts';

export type CreateInvitationInput = { email: string; role: OrganisationRole };

/** Invites someone by e-mail; the link arrives in their inbox (and in the outbox). */
export function createInvitation(organisationId: string, input: CreateInvitationInput): Promise<Invitation> {
  return api.post<Invitation>(`/organisations/${encodeURIComponent(organisationId)}/invitations`, input);
}

export function useCreateInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) => createInvitation(organisationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(organisationId) }),
  });
}
