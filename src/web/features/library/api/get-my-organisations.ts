import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type MyOrganisation = {
  id: string;
  name: string;
  kind: string;
  myRole: 'owner' | 'editor' | 'viewer' | null;
};

/** `GET /organisations/mine`: the organisations a project can belong to (401 when signed out). */
export function getMyOrganisations(signal?: AbortSignal): Promise<{ items: MyOrganisation[] }> {
  return api.get<{ items: MyOrganisation[] }>('/organisations/mine', { signal });
}

export function useMyOrganisations() {
  return useQuery(
    queryOptions({
      queryKey: ['library', 'mine', 'organisations'],
      queryFn: ({ signal }) => getMyOrganisations(signal),
    }),
  );
}
