import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import { meQueryKey } from './get-me.ts';
import type { Organisation, OrganisationInput } from './types.ts';

/** Creates an organisation; its creator becomes its owner. */
export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return api.post<Organisation>('/organisations', input);
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
