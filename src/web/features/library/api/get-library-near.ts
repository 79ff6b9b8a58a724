import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ProjectCard, Territory } from './types.ts';

/** Body of `GET /api/v1/library/near?commune=`: projects around a commune, closest first. */
export type NearArea = { code: string; name: string; total: number; items: ProjectCard[] };
export type LibraryNear = {
  commune: Territory;
  /** The commune's EPCI: the territory compared with similar ones. */
  reference: Territory;
  departement: NearArea;
  region: NearArea;
  similar: { territory: Territory; total: number; items: ProjectCard[] }[];
};

export function getLibraryNear(commune: string, signal?: AbortSignal): Promise<LibraryNear> {
  return api.get<LibraryNear>('/library/near', { query: { commune }, signal });
}

export function useLibraryNear(commune: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['library', 'near', commune],
      queryFn: ({ signal }) => getLibraryNear(commune ?? '', signal),
      enabled: commune !== null,
    }),
  );
}
