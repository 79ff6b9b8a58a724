import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { LibrarySearch } from '../lib/search-params.ts';
import { searchQuery } from './search-library.ts';

export type MapLevel = 'departement' | 'region';

/** Body of `GET /api/v1/library/map`: how many projects match the filters in each area. */
export type LibraryMap = {
  level: MapLevel;
  areas: { code: string; name: string; count: number }[];
  total: number;
};

export function getLibraryMap(
  search: LibrarySearch,
  level: MapLevel,
  signal?: AbortSignal,
): Promise<LibraryMap> {
  // The area of the level shown is what a click toggles: counting must not be narrowed by it, or every other
  // area would drop to zero after the first click.
  const query = searchQuery({ ...search, filters: { ...search.filters, [level]: [] } });
  delete query.sort;
  delete query.near;
  return api.get<LibraryMap>('/library/map', { query: { ...query, level }, signal });
}

export function useLibraryMap(search: LibrarySearch, level: MapLevel) {
  return useQuery(
    queryOptions({
      queryKey: ['library', 'map', level, search],
      queryFn: ({ signal }) => getLibraryMap(search, level, signal),
    }),
  );
}
