import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { facetKeys } from '../lib/search-params.ts';
import type { FacetKey, LibrarySearch } from '../lib/search-params.ts';
import type { ProjectCard } from './types.ts';

export type FacetCount = { value: string; count: number; label?: string };

/** Body of `GET /api/v1/library/search`. */
export type SearchResult = {
  items: ProjectCard[];
  facets: Partial<Record<FacetKey, FacetCount[]>>;
  nextCursor: string | null;
  total: number;
};

export const pageSize = 20;

/** The query string of a library search, shared by the search, the map and the exports. */
export function searchQuery(search: LibrarySearch): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  if (search.q) query.q = search.q;
  // Values of one facet are sent comma-separated (OR-ed by the server); facets are AND-ed.
  for (const key of facetKeys) if (search.filters[key].length > 0) query[key] = search.filters[key].join(',');
  // « With a kit » and « without » both ticked means no filter on it.
  if (search.filters.hasKit.length > 1) delete query.hasKit;
  if (search.sort !== 'relevance') query.sort = search.sort;
  if (search.sort === 'proximity' && search.near) query.near = search.near;
  return query;
}

export function searchLibrary(
  search: LibrarySearch,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<SearchResult> {
  return api.get<SearchResult>('/library/search', {
    query: { ...searchQuery(search), cursor: cursor ?? undefined, limit: pageSize },
    signal,
  });
}

export function searchLibraryQueryOptions(search: LibrarySearch) {
  return infiniteQueryOptions({
    queryKey: ['library', 'search', search],
    queryFn: ({ pageParam, signal }) => searchLibrary(search, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useLibrarySearch(search: LibrarySearch) {
  return useInfiniteQuery(searchLibraryQueryOptions(search));
}
