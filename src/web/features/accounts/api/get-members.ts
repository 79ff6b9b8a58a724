import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import type { Items, Member } from './types.ts';

export function membersQueryKey(organisationId: string) {
  return [...organisationsQueryKey, organisationId, 'members'] as const;
}

export function getMembers(organisationId: string, signal?: AbortSignal): Promise<Items<Member>> {
  return api.get<Items<Member>>(`/organisations/${encodeURIComponent(organisationId)}/members`, { signal });
}

export function membersQueryOptions(organisationId: string) {
  return queryOptions({
    queryKey: membersQueryKey(organisationId),
    queryFn: ({ signal }) => getMembers(organisationId, signal),
  });
}

export function useMembers(organisationId: string) {
  return useQuery(membersQueryOptions(organisationId));
}
