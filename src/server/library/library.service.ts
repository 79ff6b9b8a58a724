import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { toSearchQuery, type SearchQuery } from '../../core/search/french.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { findTerritory } from '../territories/territories.service.ts';
import type { Territory } from '../territories/territories.data.ts';
import { fullTextMatch } from './search/index.ts';
import { sqliteMatchedIds } from './search/sqlite.ts';
import type { FacetName, LibraryFilters } from './search.schemas.ts';

type EB = ExpressionBuilder<Database & { p: Database['projects'] }, 'p'>;

/**
 * Who may see what, as SQL: the same rule as `can(actor, 'read', …)` in auth/permissions.ts. Public projects once
 * published; the actor's organisations' projects; projects shared with one of them. Administrators see all.
 * `publicOnly` is for open data: public and published, whoever asks.
 */
export function readableBy(actor: Actor | null, publicOnly = false) {
  return (eb: EB): Expression<SqlBool> => {
    const isPublic = eb.and([eb('p.visibility', '=', 'public'), eb('p.status', '=', 'published')]);
    if (publicOnly) return isPublic;
    const orgs = readableOrganisationIds(actor);
    if (orgs === null) return eb.lit(true);
    if (orgs.length === 0) return isPublic;
    return eb.or([
      isPublic,
      eb('p.organisation_id', 'in', orgs),
      eb.and([
        eb('p.visibility', '=', 'shared'),
        eb.exists(
          eb
            .selectFrom('project_shares as s')
            .select('s.project_id')
            .whereRef('s.project_id', '=', 'p.id')
            .where('s.organisation_id', 'in', orgs),
        ),
      ]),
    ]);
  };
}

const FACET_TABLE: Partial<Record<FacetName, string>> = {
  theme: 'theme',
  region: 'region',
  departement: 'departement',
  phase: 'phase',
  situation: 'situation',
};

function fromProjects(ctx: AppContext) {
  return ctx.db.selectFrom('projects as p');
}

/** Live projects the actor may read that pass the filters, except the one facet being counted. */
export function baseQuery(
  ctx: AppContext,
  actor: Actor | null,
  filters: LibraryFilters,
  options: { except?: FacetName; text?: SearchQuery; publicOnly?: boolean } = {},
) {
  const text = options.text ?? toSearchQuery(filters.q ?? '');
  const driven = text.groups.length > 0 && ctx.dialect === 'sqlite';
  let q = (
    driven
      ? // SQLite: the full-text matches drive the query (see search/sqlite.ts).
        (ctx.db
          .selectFrom(sqliteMatchedIds(text).as('m'))
          .crossJoin('projects as p')
          .whereRef('p.id', '=', sql.ref('m.project_id')) as unknown as ReturnType<typeof fromProjects>)
      : fromProjects(ctx)
  )
    .where('p.deleted_at', 'is', null)
    .where(readableBy(actor, options.publicOnly));
  if (text.groups.length > 0 && !driven) q = q.where(fullTextMatch(ctx.dialect, text));
  for (const [name, facet] of Object.entries(FACET_TABLE) as [FacetName, string][]) {
    const values = filters[name as keyof LibraryFilters] as string[] | undefined;
    if (!values?.length || options.except === name) continue;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('project_facets as f')
          .select('f.project_id')
          .whereRef('f.project_id', '=', 'p.id')
          .where('f.facet', '=', facet)
          .where('f.value', 'in', values),
      ),
    );
  }
  if (filters.hasKit !== undefined && options.except !== 'hasKit')
    q = q.where('p.has_kit', '=', filters.hasKit ? 1 : 0);
  if (filters.caseStudy !== undefined) q = q.where('p.is_case_study', '=', filters.caseStudy ? 1 : 0);
  if (filters.organisationKind?.length && options.except !== 'organisationKind') {
    const kinds = filters.organisationKind;
    q = q.where('p.organisation_id', 'in', (eb) =>
      eb.selectFrom('organisations').select('organisations.id').where('organisations.kind', 'in', kinds),
    );
  }
  return q;
}

/** 3 = same EPCI, 2 = same département, 1 = same région, 0 = elsewhere. */
export function proximityExpression(commune: Territory) {
  const has = (facet: string, value: string | null) =>
    value
      ? sql`exists (select 1 from project_facets pf where pf.project_id = p.id and pf.facet = ${facet} and pf.value = ${value})`
      : sql`false`;
  return sql<number>`(case when ${has('epci', commune.epci)} then 3 when ${has('departement', commune.departement)} then 2 when ${has('region', commune.region)} then 1 else 0 end)`;
}

export function communeOrFail(code: string | undefined, field = 'near'): Territory {
  const commune = code ? findTerritory('commune', code) : undefined;
  if (!commune)
    throw new ValidationError({
      [field]: msg('Commune inconnue : donnez son code INSEE.', 'Unknown commune: give its INSEE code.'),
    });
  return commune;
}
