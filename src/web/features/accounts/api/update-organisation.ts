import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';
import type { Organisation, OrganisationInput } from './types.ts';

/** `version` is the one read: a stale update is refused with a 409. */
export type UpdateOrganisationInput = Partial<OrganisationInput> & { version: number };

export function updateOrganisation(id: string, input: UpdateOrganisationInput): Promise<Organisation> {
  return api.patch<Organisation>(`/organisations/${encodeURIComponent(id)}`, input);
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganisationInput) => updateOrganisation(id, input),
    onSuccess: async (organisation) => {
      queryClient.setQueryData([...organisationsQueryKey, id], organisation);
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
