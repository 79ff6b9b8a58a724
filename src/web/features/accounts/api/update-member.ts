import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { membersQueryKey } from './get-members.ts';
import type { Member, OrganisationRole } from './types.ts';

export type UpdateMemberInput = { userId: string; role: OrganisationRole };

/** Changes a member's role (owners only). */
export function updateMember(organisationId: string, { userId, role }: UpdateMemberInput): Promise<Member> {
  return api.patch<Member>(
    `/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
    { role },
  );
}

export function useUpdateMember(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMemberInput) => updateMember(organisationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey(organisationId) }),
  });
}
