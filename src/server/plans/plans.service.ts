import { randomUUID } from 'node:crypto';
import { validatePlanFields } from '../../core/plans/validate.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { ensureReminderJob } from './plans.reminders.ts';
import { strategyTitle } from './plans.present.ts';
import * as repo from './plans.repository.ts';
import type { PlanView, UpdatePlanBody } from './plans.schemas.ts';
import {
  draftFrom,
  guardOf,
  history,
  loadDiagnostic,
  loadPlan,
  positioned,
  view,
} from './plans.service-support.ts';

/** The rules of scaling plans themselves: creation (derived from a diagnostic or blank), listing, reading, editing. */

export async function createPlan(
  ctx: AppContext,
  actor: Actor | null,
  projectId: string,
  input: { diagnosticId?: string; title?: string },
): Promise<PlanView> {
  const project = await repo.findProject(ctx.db, projectId);
  if (!project) throw new NotFoundError();
  assertCan(actor, 'edit', guardOf(project.organisation_id));
  const user = requireActor(actor);
  const diagnostic = input.diagnosticId ? await loadDiagnostic(ctx, projectId, input.diagnosticId) : null;
  const draft = diagnostic ? draftFrom(diagnostic, user.language) : null;
  const now = ctx.now().toISOString();
  const id = randomUUID();
  const title =
    input.title ??
    (user.language === 'fr' ? `Feuille de route : ${project.title}` : `Scaling plan: ${project.title}`);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertPlan(trx, {
      id,
      project_id: projectId,
      organisation_id: project.organisation_id,
      diagnostic_id: diagnostic?.id ?? null,
      title,
      situation: draft?.situation ?? null,
      strategy: draft?.strategy ?? null,
      strategy_ranking: JSON.stringify(draft?.strategyRanking ?? []),
      objectives: '[]',
      summary: '',
      start_date: null,
      end_date: null,
      status: 'draft',
      created_by: user.userId,
      created_at: now,
      updated_by: user.userId,
      updated_at: now,
      deleted_at: null,
      version: 1,
    });
    if (draft) await repo.insertItems(trx, positioned(id, draft.items, {}, user, now));
    await history(
      trx,
      id,
      null,
      user,
      'plan.created',
      { diagnosticId: diagnostic?.id ?? null, items: draft?.items.length ?? 0 },
      ctx.now(),
    );
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'plan.created',
        subjectType: 'plan',
        subjectId: id,
        organisationId: project.organisation_id,
      },
      ctx.now(),
    );
    await ensureReminderJob(trx, ctx.now());
  });
  return view(ctx, actor, id);
}

export async function listPlans(ctx: AppContext, actor: Actor | null, projectId: string) {
  const project = await repo.findProject(ctx.db, projectId);
  if (!project) throw new NotFoundError();
  assertCan(actor, 'read', guardOf(project.organisation_id));
  const rows = await repo.listProjectPlans(ctx.db, projectId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      diagnosticId: r.diagnostic_id,
      title: r.title,
      status: r.status,
      strategy: r.strategy,
      strategyTitle: strategyTitle(r.strategy),
      itemCount: r.item_count,
      updatedAt: r.updated_at,
      version: r.version,
    })),
  };
}

export function getPlan(ctx: AppContext, actor: Actor | null, id: string): Promise<PlanView> {
  return view(ctx, actor, id);
}

const PLAN_FIELDS = {
  title: 'title',
  situation: 'situation',
  strategy: 'strategy',
  summary: 'summary',
  startDate: 'start_date',
  endDate: 'end_date',
  status: 'status',
} as const;

export async function updatePlan(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdatePlanBody,
): Promise<PlanView> {
  const { plan } = await loadPlan(ctx, actor, id, 'edit');
  const user = requireActor(actor);
  if (plan.version !== input.version) throw new ConflictError(undefined, { currentVersion: plan.version });
  const objectives =
    input.objectives ?? (JSON.parse(plan.objectives) as NonNullable<UpdatePlanBody['objectives']>);
  const startDate = input.startDate !== undefined ? input.startDate : plan.start_date;
  const endDate = input.endDate !== undefined ? input.endDate : plan.end_date;
  const errors = validatePlanFields({ startDate, endDate, objectives });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const set: Record<string, unknown> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, column] of Object.entries(PLAN_FIELDS) as [
    keyof typeof PLAN_FIELDS,
    (typeof PLAN_FIELDS)[keyof typeof PLAN_FIELDS],
  ][]) {
    const value = input[field];
    if (value === undefined || value === plan[column]) continue;
    set[column] = value;
    changes[field] = { from: plan[column], to: value };
  }
  if (input.objectives) {
    set.objectives = JSON.stringify(input.objectives);
    if (set.objectives !== plan.objectives)
      changes.objectives = { from: JSON.parse(plan.objectives), to: input.objectives };
  }
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await repo.updatePlanAt(trx, id, plan.version, {
      ...set,
      updated_at: ctx.now().toISOString(),
      updated_by: user.userId,
    });
    if (!ok)
      throw new ConflictError(undefined, { currentVersion: (await repo.findPlan(trx, id))?.version ?? null });
    await history(trx, id, null, user, 'plan.updated', changes, ctx.now());
  });
  return view(ctx, actor, id);
}
