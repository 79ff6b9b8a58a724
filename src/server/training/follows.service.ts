import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCanWriteIn, can, requireActor } from '../auth/permissions.ts';
import { guardOf } from '../library/projects.present.ts';
import { sharesOf } from '../library/projects.repository.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { assertFacilitator } from './training.service.ts';
import { latestDiagnostic, sharedVigilance } from './diagnostic-digest.ts';

/**
 * A project's organisation invites a facilitator to follow the project over months. The facilitator's portfolio shows
 * each followed project with its latest diagnostic and plan progress; their notes are private to them.
 */
export async function inviteFacilitator(
  ctx: AppContext,
  actor: Actor | null,
  projectId: string,
  email: string,
): Promise<{ id: string }> {
  const a = requireActor(actor);
  const project = await readableProject(ctx, a, projectId);
  assertCanWriteIn(a, project.organisation_id);
  const facilitator = await ctx.db
    .selectFrom('users')
    .select(['id', 'platform_role'])
    .where('email', '=', email.toLowerCase())
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (
    !facilitator ||
    (facilitator.platform_role !== 'facilitator' && facilitator.platform_role !== 'admin')
  ) {
    throw new ValidationError({
      facilitatorEmail: msg(
        'Aucun animateur ou animatrice de formation n’a cette adresse.',
        'No training facilitator has this address.',
      ),
    });
  }
  const active = await ctx.db
    .selectFrom('facilitator_follows')
    .select('id')
    .where('project_id', '=', projectId)
    .where('facilitator_user_id', '=', facilitator.id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (active)
    throw new ConflictError(
      msg('Cette personne suit déjà le projet.', 'This person already follows the project.'),
    );
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('facilitator_follows')
      .values({
        id,
        project_id: projectId,
        organisation_id: project.organisation_id,
        facilitator_user_id: facilitator.id,
        invited_by: a.userId,
        created_at: ctx.now().toISOString(),
        ended_at: null,
        notes: '',
        notes_updated_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'facilitator.follow',
        subjectType: 'project',
        subjectId: projectId,
        organisationId: project.organisation_id,
        details: { facilitator: facilitator.id },
      },
      ctx.now(),
    );
  });
  return { id };
}

/** A live project the actor may read, or 404: someone who may not read it must not learn that it exists. */
async function readableProject(
  ctx: AppContext,
  actor: Actor,
  projectId: string,
): Promise<{ organisation_id: string }> {
  const project = await ctx.db
    .selectFrom('projects')
    .select(['id', 'organisation_id', 'visibility', 'status'])
    .where('id', '=', projectId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!project || !can(actor, 'read', guardOf(project, await sharesOf(ctx.db, projectId))))
    throw new NotFoundError();
  return project;
}

export async function endFollow(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  const a = requireActor(actor);
  const follow = await ctx.db
    .selectFrom('facilitator_follows')
    .selectAll()
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (!follow) throw new NotFoundError();
  if (follow.facilitator_user_id !== a.userId) {
    await readableProject(ctx, a, follow.project_id);
    assertCanWriteIn(a, follow.organisation_id);
  }
  await ctx.db
    .updateTable('facilitator_follows')
    .set({ ended_at: ctx.now().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function putNotes(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  notes: string,
): Promise<void> {
  const a = assertFacilitator(actor);
  const follow = await ctx.db
    .selectFrom('facilitator_follows')
    .select(['id', 'facilitator_user_id'])
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (!follow || follow.facilitator_user_id !== a.userId) throw new NotFoundError();
  await ctx.db
    .updateTable('facilitator_follows')
    .set({ notes, notes_updated_at: ctx.now().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function portfolio(ctx: AppContext, actor: Actor | null) {
  const a = assertFacilitator(actor);
  const follows = await ctx.db
    .selectFrom('facilitator_follows as f')
    .innerJoin('projects as p', 'p.id', 'f.project_id')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .select([
      'f.id',
      'f.project_id',
      'f.notes',
      'f.notes_updated_at',
      'f.created_at',
      'p.title',
      'o.name as organisation_name',
    ])
    .where('f.facilitator_user_id', '=', a.userId)
    .where('f.ended_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.title')
    .execute();
  const items = [];
  for (const f of follows) {
    const diagnostic = await latestDiagnostic(ctx.db, f.project_id);
    const plan = await ctx.db
      .selectFrom('plans')
      .select(['id', 'title'])
      .where('project_id', '=', f.project_id)
      .where('deleted_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const planItems = plan
      ? await ctx.db
          .selectFrom('plan_items')
          .select('status')
          .where('plan_id', '=', plan.id)
          .where('deleted_at', 'is', null)
          .execute()
      : [];
    // Sites reproducing the project's kits: the facilitator sees where the project has spread and how far each is.
    const sites = await ctx.db
      .selectFrom('sites as s')
      .innerJoin('models as m', 'm.id', 's.model_id')
      .select(['s.id', 's.name', 's.stage', 's.departement'])
      .where('m.project_id', '=', f.project_id)
      .where('m.deleted_at', 'is', null)
      .where('s.deleted_at', 'is', null)
      .orderBy('s.name')
      .execute();
    items.push({
      followId: f.id,
      project: { id: f.project_id, title: f.title, organisation: f.organisation_name },
      since: f.created_at,
      diagnostic,
      plan: plan
        ? {
            id: plan.id,
            title: plan.title,
            items: planItems.length,
            done: planItems.filter((i) => i.status === 'termine').length,
          }
        : null,
      sites: {
        total: sites.length,
        items: sites.slice(0, PORTFOLIO_SITES).map((x) => ({
          id: x.id,
          name: x.name,
          stage: x.stage,
          departement: x.departement,
        })),
      },
      notes: f.notes,
      notesUpdatedAt: f.notes_updated_at,
    });
  }
  return { items, commonVigilance: sharedVigilance(items.map((i) => i.diagnostic)) };
}

/** Sites listed per project in the portfolio; the total is always given. */
export const PORTFOLIO_SITES = 20;

/** The facilitators following a project, for its organisation's editors (who invite them and end the follow). */
export async function projectFollows(ctx: AppContext, actor: Actor | null, projectId: string) {
  const a = requireActor(actor);
  const project = await readableProject(ctx, a, projectId);
  assertCanWriteIn(a, project.organisation_id);
  const rows = await ctx.db
    .selectFrom('facilitator_follows as f')
    .innerJoin('users as u', 'u.id', 'f.facilitator_user_id')
    .select(['f.id', 'f.created_at', 'u.display_name', 'u.email'])
    .where('f.project_id', '=', projectId)
    .where('f.ended_at', 'is', null)
    .orderBy('f.created_at')
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      since: r.created_at,
      facilitator: { name: r.display_name, email: r.email },
    })),
  };
}
