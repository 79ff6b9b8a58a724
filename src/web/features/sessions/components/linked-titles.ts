import { useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { LINKABLE_METHOD_KINDS, type LinkableMethodKind } from '../../../../core/method/linkable-kinds.ts';
import type { MethodIndex } from '../../method/api/types.ts';

/**
 * Titles of the pages a session links to, for its public page (« Pour aller plus loin », the meetings' case studies)
 * and for the editor's pickers. Kept apart from the pickers (linked-pickers.tsx) so that the public page, read by
 * anonymous visitors, does not download Mantine's combobox with them.
 */

/** The kinds a session may link to (src/core), under the names the pickers use. */
export const LINKABLE_KINDS = LINKABLE_METHOD_KINDS;
export type LinkableKind = LinkableMethodKind;

/** Every linkable page of the method with its title: `kind:id` → { kind, id, title }. */
export function methodPages(index: MethodIndex | undefined) {
  const pages = new Map<string, { kind: LinkableKind; id: string; title: string }>();
  if (!index) return pages;
  const add = (kind: LinkableKind, items: { id: string; title?: string; name?: string }[]) => {
    for (const item of items)
      pages.set(`${kind}:${item.id}`, { kind, id: item.id, title: item.title ?? item.name ?? item.id });
  };
  add('introduction', index.introduction);
  add('situation', index.situations);
  add('strategy', index.strategies);
  add('initiative', index.initiatives);
  add('vigilance', index.vigilance);
  add('method-point', index.methodPoints);
  add('case', index.cases);
  return pages;
}

export type ProjectCard = { id: string; title: string };

/**
 * Titles of library projects by id (chosen case studies may not be among the current search's results); a project
 * the reader may not see has no title.
 */
export function useProjectTitles(ids: string[]): Map<string, string | undefined> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['sessions', 'project-title', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<ProjectCard>(`/projects/${encodeURIComponent(id)}`, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  return new Map(ids.map((id, i) => [id, results[i]?.data?.title]));
}
