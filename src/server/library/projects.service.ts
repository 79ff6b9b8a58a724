import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, assertCanWriteIn, hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg, type FieldErrors } from '../errors.ts';
import type { ProjectInput, ProjectUpdate, ProjectView } from './library.schemas.ts';
import {
  facetKeysOf,
  facetsFor,
  resolveTerritories,
  searchTextFor,
  type DerivableFields,
  type ResolvedTerritory,
} from './projects.derive.ts';
import { guardOf, presentProject } from './projects.present.ts';
import {
  existingOrganisationIds,
  findProject,
  replaceProjectLinks,
  sharesOf,
  territoriesOf,
  type ProjectRow,
} from './projects.repository.ts';
import { loadStory, storyText } from './story.service.ts';
import { ensurePurgeJob, trashLimit as trashLimitAt } from './trash.jobs.ts';

async function checkShares(ctx: AppContext, ids: readonly string[], fields: FieldErrors): Promise<void> {
  const existing = await existingOrganisationIds(ctx.db, ids);
  ids.forEach((id, i) => {
    if (!existing.has(id))
      fields[`sharedWithOrganisationIds.${i}`] = msg('Organisation inconnue.', 'Unknown organisation.');
  });
}

/** Loads a live project the actor may act on, or throws (404 hides what one may not read). */
async function loadFor(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  action: 'read' | 'edit',
): Promise<ProjectRow> {
  const row = await findProject(ctx.db, id);
  if (!row || row.deleted_at) throw new NotFoundError();
  assertCan(actor, action, guardOf(row, await sharesOf(ctx.db, id)));
  return row;
}

function derivable(row: ProjectRow): DerivableFields {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    themes: JSON.parse(row.themes) as string[],
    publics: JSON.parse(row.publics) as string[],
    phase: row.phase,
    phaseStatus: row.phase_status,
    scalingSituation: row.scaling_situation,
    keyFigures: JSON.parse(row.key_figures) as { label: string }[],
  };
}

type NewProject = ProjectInput & {
  id?: string;
  status?: 'draft' | 'published';
  source?: string | null;
  importedAt?: string | null;
  createdBy: string | null;
  now: string;
};

/** The rows of a new project: the record, its territories, shares and facet values (used by create and import). */
export function buildProjectRows(p: NewProject, territories: ResolvedTerritory[]) {
  const id = p.id ?? randomUUID();
  const status = p.status ?? 'draft';
  const facets = facetsFor(p, territories);
  const project = {
    id,
    organisation_id: p.organisationId,
    title: p.title,
    summary: p.summary,
    description: p.description,
    themes: JSON.stringify(p.themes),
    publics: JSON.stringify(p.publics),
    phase: p.phase,
    phase_status: p.phaseStatus,
    scaling_situation: p.scalingSituation,
    key_figures: JSON.stringify(p.keyFigures),
    evidence: JSON.stringify(p.evidence),
    contacts: JSON.stringify(p.contacts),
    links: JSON.stringify(p.links),
    visibility: p.visibility,
    status,
    is_case_study: p.isCaseStudy ? 1 : 0,
    is_fictional: p.isFictional ? 1 : 0,
    source: p.source ?? null,
    imported_at: p.importedAt ?? null,
    ...searchTextFor(p, territories),
    facet_keys: facetKeysOf(facets),
    created_by: p.createdBy,
    created_at: p.now,
    updated_at: p.now,
    published_at: status === 'published' ? p.now : null,
    deleted_at: null,
    version: 1,
  };
  return {
    project,
    territories: territories.map((t) => ({ ...t, project_id: id })),
    shares:
      p.visibility === 'shared'
        ? [...new Set(p.sharedWithOrganisationIds)].map((organisation_id) => ({
            project_id: id,
            organisation_id,
          }))
        : [],
    facets: facets.map((f) => ({ project_id: id, ...f })),
  };
}

/** Inserts a project and its derived rows inside the caller's transaction. */
export async function insertProject(
  trx: Kysely<Database>,
  p: NewProject,
  territories: ResolvedTerritory[],
): Promise<string> {
  const rows = buildProjectRows(p, territories);
  await trx.insertInto('projects').values(rows.project).execute();
  if (rows.territories.length > 0)
    await trx.insertInto('project_territories').values(rows.territories).execute();
  if (rows.shares.length > 0) await trx.insertInto('project_shares').values(rows.shares).execute();
  if (rows.facets.length > 0) await trx.insertInto('project_facets').values(rows.facets).execute();
  return rows.project.id;
}

export async function createProject(
  ctx: AppContext,
  actorOrNull: Actor | null,
  input: ProjectInput,
): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  assertCanWriteIn(actor, input.organisationId);
  const { territories, errors } = resolveTerritories(input.territories);
  if (input.visibility === 'shared') await checkShares(ctx, input.sharedWithOrganisationIds, errors);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertProject(trx, { ...input, createdBy: actor.userId, now }, territories);
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.create',
        subjectType: 'project',
        subjectId: newId,
        organisationId: input.organisationId,
      },
      ctx.now(),
    );
    return newId;
  });
  return presentProject(ctx, actor, (await findProject(ctx.db, id))!);
}

export async function getProject(ctx: AppContext, actor: Actor | null, id: string): Promise<ProjectView> {
  return presentProject(ctx, actor, await loadFor(ctx, actor, id, 'read'));
}

export async function updateProject(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: ProjectUpdate,
): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await loadFor(ctx, actor, id, 'edit');
  if (Number(row.version) !== input.version)
    throw new ConflictError(undefined, { currentVersion: Number(row.version) });
  const errors: FieldErrors = {};
  let territories: ResolvedTerritory[];
  if (input.territories) {
    const resolved = resolveTerritories(input.territories);
    Object.assign(errors, resolved.errors);
    territories = resolved.territories;
  } else {
    territories = (await territoriesOf(ctx.db, [id])).map(({ project_id: _, ...t }) => t);
  }
  const visibility = input.visibility ?? row.visibility;
  const shares = input.sharedWithOrganisationIds ?? (await sharesOf(ctx.db, id));
  if (visibility === 'shared' && input.sharedWithOrganisationIds)
    await checkShares(ctx, input.sharedWithOrganisationIds, errors);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const before = derivable(row);
  const after: DerivableFields = {
    title: input.title ?? before.title,
    summary: input.summary ?? before.summary,
    description: input.description ?? before.description,
    themes: input.themes ?? before.themes,
    publics: input.publics ?? before.publics,
    phase: input.phase ?? before.phase,
    phaseStatus: input.phaseStatus ?? before.phaseStatus,
    scalingSituation: input.scalingSituation !== undefined ? input.scalingSituation : before.scalingSituation,
    keyFigures: input.keyFigures ?? before.keyFigures,
  };
  const story = await loadStory(ctx.db, id);
  const facets = facetsFor(after, territories);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('projects')
      .set({
        title: after.title,
        summary: after.summary,
        description: after.description,
        themes: JSON.stringify(after.themes),
        publics: JSON.stringify(after.publics),
        phase: after.phase,
        phase_status: after.phaseStatus,
        scaling_situation: after.scalingSituation,
        key_figures: JSON.stringify(after.keyFigures),
        ...(input.evidence ? { evidence: JSON.stringify(input.evidence) } : {}),
        ...(input.contacts ? { contacts: JSON.stringify(input.contacts) } : {}),
        ...(input.links ? { links: JSON.stringify(input.links) } : {}),
        ...(input.isCaseStudy !== undefined ? { is_case_study: input.isCaseStudy ? 1 : 0 } : {}),
        ...(input.isFictional !== undefined ? { is_fictional: input.isFictional ? 1 : 0 } : {}),
        visibility,
        ...searchTextFor(after, territories, storyText(story)),
        facet_keys: facetKeysOf(facets),
        updated_at: now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new ConflictError(undefined, { currentVersion: Number(row.version) + 1 });
    await replaceProjectLinks(trx, id, {
      territories: input.territories ? territories.map((t) => ({ ...t, project_id: id })) : undefined,
      shares: visibility === 'shared' ? [...new Set(shares)] : [],
      facets,
    });
    const fields = Object.keys(input).filter((k) => k !== 'version');
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.update',
        subjectType: 'project',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { fields, version: input.version + 1 },
      },
      ctx.now(),
    );
  });
  return presentProject(ctx, actor, (await findProject(ctx.db, id))!);
}

async function setState(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  action: 'publish' | 'unpublish',
  version: number | undefined,
): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await loadFor(ctx, actor, id, 'edit');
  if (version !== undefined && version !== Number(row.version))
    throw new ConflictError(undefined, { currentVersion: Number(row.version) });
  if (action === 'publish') {
    const missing: FieldErrors = {};
    if (!row.summary.trim())
      missing.summary = msg('Écrivez le résumé avant de publier.', 'Write the summary before publishing.');
    if ((JSON.parse(row.themes) as string[]).length === 0)
      missing.themes = msg('Choisissez au moins une thématique.', 'Choose at least one theme.');
    if ((await territoriesOf(ctx.db, [id])).length === 0)
      missing.territories = msg('Indiquez au moins un territoire.', 'Give at least one territory.');
    if (Object.keys(missing).length > 0)
      throw new ValidationError(
        missing,
        msg(
          'La fiche n’est pas complète pour être publiée.',
          'The record is not complete enough to be published.',
        ),
      );
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('projects')
      .set({
        status: action === 'publish' ? 'published' : 'draft',
        published_at: action === 'publish' ? (row.published_at ?? now) : row.published_at,
        updated_at: now,
        version: Number(row.version) + 1,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: `project.${action}`,
        subjectType: 'project',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
  return presentProject(ctx, actor, (await findProject(ctx.db, id))!);
}

export const publishProject = (ctx: AppContext, actor: Actor | null, id: string, version?: number) =>
  setState(ctx, actor, id, 'publish', version);
export const unpublishProject = (ctx: AppContext, actor: Actor | null, id: string, version?: number) =>
  setState(ctx, actor, id, 'unpublish', version);

/** To the trash: hidden everywhere, restorable for 30 days by the organisation's editors. */
export async function deleteProject(ctx: AppContext, actorOrNull: Actor | null, id: string): Promise<void> {
  const actor = requireActor(actorOrNull);
  const row = await loadFor(ctx, actor, id, 'edit');
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('projects')
      .set({ deleted_at: now, updated_at: now, version: Number(row.version) + 1 })
      .where('id', '=', id)
      .execute();
    await ensurePurgeJob(trx, ctx.now());
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.delete',
        subjectType: 'project',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
}

export function trashLimit(ctx: AppContext): string {
  return trashLimitAt(ctx.now());
}

export async function restoreProject(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
): Promise<ProjectView> {
  const actor = requireActor(actorOrNull);
  const row = await findProject(ctx.db, id);
  if (
    !row ||
    !row.deleted_at ||
    row.deleted_at < trashLimit(ctx) ||
    !hasOrganisationRole(actor, row.organisation_id, 'editor')
  )
    throw new NotFoundError();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('projects')
      .set({ deleted_at: null, updated_at: now, version: Number(row.version) + 1 })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'project.restore',
        subjectType: 'project',
        subjectId: id,
        organisationId: row.organisation_id,
      },
      ctx.now(),
    );
  });
  return presentProject(ctx, actor, (await findProject(ctx.db, id))!);
}
