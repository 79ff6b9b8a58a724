// The library search lives in the page address, so a search can be bookmarked and shared: the query, every
// filter, the sort and the commune for proximity. One place reads and writes it.

export const facetKeys = [
  'theme',
  'phase',
  'situation',
  'region',
  'departement',
  'hasKit',
  'organisationKind',
] as const;
export type FacetKey = (typeof facetKeys)[number];

export const sorts = ['relevance', 'date', 'proximity'] as const;
export type Sort = (typeof sorts)[number];

export type LibrarySearch = {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: Sort;
  /** INSEE code of the commune for `sort=proximity`. */
  near: string | null;
};

function isSort(value: string | null): value is Sort {
  return value !== null && (sorts as readonly string[]).includes(value);
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return {
    theme: [],
    phase: [],
    situation: [],
    region: [],
    departement: [],
    hasKit: [],
    organisationKind: [],
  };
}

/** Reads a search from the address. Unknown keys are ignored; repeated keys are several values of one filter. */
export function readSearch(params: URLSearchParams): LibrarySearch {
  const filters = emptyFilters();
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
    filters[key] = [...new Set(values)];
  }
  const near = params.get('near')?.trim() || null;
  const sortParam = params.get('sort');
  const sort: Sort = isSort(sortParam)
    ? sortParam === 'proximity' && !near
      ? 'relevance'
      : sortParam
    : 'relevance';
  return { q: params.get('q')?.trim() ?? '', filters, sort, near };
}

/** Writes a search to an address query string, leaving out defaults so shared links stay short. */
export function writeSearch(search: LibrarySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const key of facetKeys) for (const value of search.filters[key]) params.append(key, value);
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.near) params.set('near', search.near);
  return params;
}

export function toggleFilter(search: LibrarySearch, key: FacetKey, value: string): LibrarySearch {
  const current = search.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...search, filters: { ...search.filters, [key]: next } };
}

export function activeFilterCount(search: LibrarySearch): number {
  return facetKeys.reduce((total, key) => total + search.filters[key].length, 0);
}
