import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Items, Organisation } from './types.ts';

export const organisationsQueryKey = ['organisations'] as const;

export function getMyOrganisations(signal?: AbortSignal): Promise<Items<Organisation>> {
  return api.get<Items<Organisation>>('/organisations/mine', { signal });
}

export function myOrganisationsQueryOptions() {
  return queryOptions({
    queryKey: [...organisationsQueryKey, 'mine'],
    queryFn: ({ signal }) => getMyOrganisations(signal),
  });
}

export function useMyOrganisations() {
  return useQuery(myOrganisationsQueryOptions());
}
