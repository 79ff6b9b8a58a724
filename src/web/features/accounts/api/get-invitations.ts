import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { organisationsQueryKey } from './get-my-organisations.ts';
import type { Invitation, Items } from './types.ts';

export function invitationsQueryKey(organisationId: string) {
  return [...organisationsQueryKey, organisationId, 'invitations'] as const;
}

/** The pending invitations of an organisation (owners only). */
export function getInvitations(organisationId: string, signal?: AbortSignal): Promise<Items<Invitation>> {
  return api.get<Items<Invitation>>(`/organisations/${encodeURIComponent(organisationId)}/invitations`, {
    signal,
  });
}

export function invitationsQueryOptions(organisationId: string) {
  return queryOptions({
    queryKey: invitationsQueryKey(organisationId),
    queryFn: ({ signal }) => getInvitations(organisationId, signal),
  });
}

export function useInvitations(organisationId: string, enabled = true) {
  return useQuery({ ...invitationsQueryOptions(organisationId), enabled });
}
