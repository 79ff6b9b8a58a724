import { sql } from 'kysely';
import type { FacetRow } from '../../core/search/facets.ts';
import type { SearchQuery } from '../../core/search/french.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { readableBy } from './library.service.ts';
import { fullTextMatch } from './search/index.ts';
import { sqliteMatchedIds } from './search/sqlite.ts';

/**
 * The candidates of a search read from the database alone (text match, rights, trash and the case-study switch, with
 * each row's facet tokens), while the process's index (search.index.ts) is being read whole: the first searches of a
 * process, or after a project deleted for good. Slower on large libraries (every matching row comes to the
 * application), but it never waits for the index.
 */
export async function directCandidates(
  ctx: AppContext,
  actor: Actor | null,
  text: SearchQuery,
  caseStudy: boolean | undefined,
): Promise<FacetRow[]> {
  const driven = text.groups.length > 0 && ctx.dialect === 'sqlite';
  const from = driven
    ? // SQLite: the full-text matches drive the query (CROSS JOIN keeps them first; see search/sqlite.ts).
      (ctx.db
        .selectFrom(sqliteMatchedIds(text).as('m'))
        .crossJoin('projects as p')
        .whereRef('p.id', '=', sql.ref('m.project_id')) as unknown as ReturnType<typeof projects>)
    : projects(ctx);
  let q = from
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where('p.deleted_at', 'is', null)
    .where(readableBy(actor));
  if (text.groups.length > 0 && !driven) q = q.where(fullTextMatch(ctx.dialect, text));
  if (caseStudy !== undefined) q = q.where('p.is_case_study', '=', caseStudy ? 1 : 0);
  const rows = await q
    .select(['p.id', 'p.updated_at', 'p.search_title', 'p.facet_keys', 'p.has_kit', 'o.kind'])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    updatedAt: r.updated_at,
    searchTitle: r.search_title,
    keys: `${r.facet_keys} hasKit:${Number(r.has_kit) === 1} organisationKind:${r.kind}`,
  }));
}

function projects(ctx: AppContext) {
  return ctx.db.selectFrom('projects as p');
}
