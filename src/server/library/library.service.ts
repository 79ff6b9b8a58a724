import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { toSearchQuery, type SearchQuery } from '../../core/search/french.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ValidationError, msg } from '../errors.ts';
import { findTerritory } from '../territories/territories.service.ts';
import type { Territory } from '../territories/territories.data.ts';
import { CARD_COLUMNS, decodeCursor, encodeCursor, presentCards, type CardRow } from './projects.present.ts';
import { fullTextMatch } from './search/index.ts';
import { sqliteMatchedIds } from './search/sqlite.ts';
import { FACET_NAMES, type FacetName, type LibraryFilters, type SearchParams } from './search.schemas.ts';

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

type FacetCounts = Record<FacetName, { value: string; count: number; label?: string }[]>;

function label(facet: string, value: string): string | undefined {
  if (facet === 'region' || facet === 'departement') return findTerritory(facet, value)?.name;
  return undefined;
}

/** Counts for the given facets over one filtered set: facet-table values, organisation kinds and kits. */
async function countFacets(
  ctx: AppContext,
  actor: Actor | null,
  filters: LibraryFilters,
  names: FacetName[],
  except: FacetName | undefined,
  text: SearchQuery,
  out: FacetCounts,
) {
  const ids = () => baseQuery(ctx, actor, filters, { except, text }).select('p.id');
  const tableFacets = names.filter((n) => FACET_TABLE[n]).map((n) => FACET_TABLE[n]!);
  if (tableFacets.length > 0) {
    // The matching ids first, then each one's facet rows by primary key (project_id, facet, value).
    const rows = await ctx.db
      .selectFrom(ids().as('m'))
      .crossJoin('project_facets as f')
      .whereRef('f.project_id', '=', 'm.id')
      .select(['f.facet', 'f.value', (eb) => eb.fn.countAll<number>().as('n')])
      .where('f.facet', 'in', tableFacets)
      .groupBy(['f.facet', 'f.value'])
      .execute();
    for (const r of rows)
      out[r.facet as FacetName].push({
        value: r.value,
        count: Number(r.n),
        ...(label(r.facet, r.value) ? { label: label(r.facet, r.value) } : {}),
      });
  }
  if (names.includes('organisationKind')) {
    const rows = await baseQuery(ctx, actor, filters, { except, text })
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['o.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('o.kind')
      .execute();
    for (const r of rows) out.organisationKind.push({ value: r.kind, count: Number(r.n) });
  }
  if (names.includes('hasKit')) {
    const rows = await baseQuery(ctx, actor, filters, { except, text })
      .select(['p.has_kit', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('p.has_kit')
      .execute();
    for (const r of rows)
      out.hasKit.push({ value: Number(r.has_kit) === 1 ? 'true' : 'false', count: Number(r.n) });
  }
}

/**
 * Facet counts, each facet counted with every filter but its own (so that choosing « énergie » still shows how
 * many « eau » there would be). Facets without an active filter share one set of queries.
 */
export async function facetCounts(
  ctx: AppContext,
  actor: Actor | null,
  filters: LibraryFilters,
  text: SearchQuery,
): Promise<FacetCounts> {
  const out = Object.fromEntries(FACET_NAMES.map((n) => [n, []])) as unknown as FacetCounts;
  const active = (n: FacetName) => {
    const v = filters[n as keyof LibraryFilters];
    return Array.isArray(v) ? v.length > 0 : v !== undefined;
  };
  const shared = FACET_NAMES.filter((n) => !active(n));
  if (shared.length > 0) await countFacets(ctx, actor, filters, shared, undefined, text, out);
  for (const n of FACET_NAMES.filter(active)) await countFacets(ctx, actor, filters, [n], n, text, out);
  for (const n of FACET_NAMES) out[n].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return out;
}

/** 3 = same EPCI, 2 = same département, 1 = same région, 0 = elsewhere. */
export function proximityExpression(commune: Territory) {
  const has = (facet: string, value: string | null) =>
    value
      ? sql`exists (select 1 from project_facets pf where pf.project_id = p.id and pf.facet = ${facet} and pf.value = ${value})`
      : sql`false`;
  return sql<number>`(case when ${has('epci', commune.epci)} then 3 when ${has('departement', commune.departement)} then 2 when ${has('region', commune.region)} then 1 else 0 end)`;
}

/** Number of query words found in the title: the relevance score, the same on both engines. */
function titleScore(text: SearchQuery) {
  if (text.groups.length === 0) return sql<number>`0`;
  const parts = text.groups.map(
    (g) =>
      sql`(case when ${sql.join(
        g.map((s) => sql`(' ' || p.search_title || ' ') like ${`% ${s} %`}`),
        sql` or `,
      )} then 1 else 0 end)`,
  );
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

export function communeOrFail(code: string | undefined, field = 'near'): Territory {
  const commune = code ? findTerritory('commune', code) : undefined;
  if (!commune)
    throw new ValidationError({
      [field]: msg('Commune inconnue : donnez son code INSEE.', 'Unknown commune: give its INSEE code.'),
    });
  return commune;
}

export async function searchLibrary(ctx: AppContext, actor: Actor | null, params: SearchParams) {
  const text = toSearchQuery(params.q ?? '');
  if (params.sort === 'proximity' && !params.near)
    throw new ValidationError({
      near: msg('Choisissez une commune pour trier par proximité.', 'Choose a commune to sort by proximity.'),
    });
  const near = params.near ? communeOrFail(params.near) : null;
  const after = decodeCursor(params.cursor, 3);
  if (params.cursor && !after)
    throw new ValidationError({ cursor: msg('Curseur invalide.', 'Invalid cursor.') });

  const scored =
    (params.sort === 'proximity' && near !== null) || (params.sort === 'relevance' && text.groups.length > 0);
  const score =
    params.sort === 'proximity' && near
      ? proximityExpression(near)
      : scored
        ? titleScore(text)
        : sql<number>`0`;
  let items = baseQuery(ctx, actor, params, { text })
    .select(CARD_COLUMNS)
    .select(score.as('sort_score'))
    .select((near ? proximityExpression(near) : sql<number | null>`null`).as('proximity'))
    // A constant in ORDER BY would be read as a column number.
    .$if(scored, (qb) => qb.orderBy(score, 'desc'))
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(params.limit + 1);
  if (after) {
    const [s, d, i] = after as [number, string, string];
    items = items.where((eb) =>
      eb.or([
        eb(score, '<', s),
        eb.and([eb(score, '=', s), eb('p.updated_at', '<', d)]),
        eb.and([eb(score, '=', s), eb('p.updated_at', '=', d), eb('p.id', '<', i)]),
      ]),
    );
  }
  const rows = (await items.execute()) as (CardRow & { sort_score: number })[];
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const facets = await facetCounts(ctx, actor, params, text);
  const totalRow = await baseQuery(ctx, actor, params, { text })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    items: await presentCards(ctx, page),
    facets,
    nextCursor:
      rows.length > params.limit && last
        ? encodeCursor([Number(last.sort_score), last.updated_at, last.id])
        : null,
    total: Number(totalRow.n),
  };
}

/** Projects counted per département or région, with the filters (except the level's own, so the map stays a chooser). */
export async function mapCounts(
  ctx: AppContext,
  actor: Actor | null,
  filters: LibraryFilters & { level: 'departement' | 'region' },
) {
  const text = toSearchQuery(filters.q ?? '');
  const rows = await ctx.db
    .selectFrom(baseQuery(ctx, actor, filters, { except: filters.level, text }).select('p.id').as('m'))
    .crossJoin('project_facets as f')
    .whereRef('f.project_id', '=', 'm.id')
    .select(['f.value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('f.facet', '=', filters.level)
    .groupBy('f.value')
    .execute();
  const totalRow = await baseQuery(ctx, actor, filters, { except: filters.level, text })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    level: filters.level,
    areas: rows
      .map((r) => ({
        code: r.value,
        name: findTerritory(filters.level, r.value)?.name ?? r.value,
        count: Number(r.n),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    total: Number(totalRow.n),
  };
}
