import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import type { Organisation } from './types.ts';

export function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return api.get<Organisation>(`/organisations/${encodeURIComponent(id)}`, { signal });
}

export function organisationQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...organisationsQueryKey, id],
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });
}

export function useOrganisation(id: string) {
  return useQuery(organisationQueryOptions(id));
}
