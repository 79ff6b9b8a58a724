import type { z } from 'zod';
import type { DiagnosticResult } from '../../core/diagnostics/scoring.ts';
import { diffDiagnostics, proposePlanUpdates } from '../../core/plans/diff.ts';
import type { FieldErrors, PlanItemKind } from '../../core/plans/plan.types.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ConflictError } from '../errors.ts';
import * as repo from './plans.repository.ts';
import type { PlanRow } from './plans.repository.ts';
import { toStoredItem } from './plans.present.ts';
import type { applyProposalsBody, PlanView } from './plans.schemas.ts';
import {
  draftFrom,
  history,
  loadDiagnostic,
  loadPlan,
  positioned,
  throwIfAny,
  view,
} from './plans.service-support.ts';

/** A newer diagnostic of the project: what changed since the plan's, and the items it proposes to add or close. */

async function proposalsFor(ctx: AppContext, actor: Actor, plan: PlanRow, diagnosticId: string) {
  const diagnostic = await loadDiagnostic(ctx, plan.project_id, diagnosticId);
  const [rows, deps] = await Promise.all([
    repo.listItems(ctx.db, plan.id),
    repo.listDependencies(ctx.db, plan.id),
  ]);
  const draft = draftFrom(diagnostic, actor.language);
  const proposals = proposePlanUpdates(
    rows.map((r) => toStoredItem(r, deps)),
    draft,
  );
  let diff = null;
  if (plan.diagnostic_id && plan.diagnostic_id !== diagnosticId) {
    const previous = await repo.findDiagnosticForPlan(ctx.db, plan.diagnostic_id);
    if (previous?.result)
      diff = diffDiagnostics(JSON.parse(previous.result) as DiagnosticResult, diagnostic.result);
  }
  return { diagnostic, proposals, diff };
}

export async function getProposals(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  diagnosticId: string,
) {
  const { plan } = await loadPlan(ctx, actor, planId);
  const { proposals, diff } = await proposalsFor(ctx, requireActor(actor), plan, diagnosticId);
  return {
    diagnosticId,
    diff,
    add: proposals.add.map((i) => ({
      key: i.sourceRef!.key,
      kind: i.kind,
      title: i.title,
      description: i.description,
      details: { ...i.details },
      sourceRef: i.sourceRef,
    })),
    close: proposals.close,
  };
}

export async function applyProposals(
  ctx: AppContext,
  actor: Actor | null,
  planId: string,
  input: z.infer<typeof applyProposalsBody>,
): Promise<PlanView> {
  const { plan } = await loadPlan(ctx, actor, planId, 'edit');
  const user = requireActor(actor);
  const { proposals } = await proposalsFor(ctx, user, plan, input.diagnosticId);
  const byKey = new Map(proposals.add.map((i) => [i.sourceRef!.key, i]));
  const closable = new Map(proposals.close.map((c) => [c.itemId, c]));
  const errors: FieldErrors = {};
  const unknownKey = input.add.find((k) => !byKey.has(k));
  if (unknownKey)
    errors.add = {
      fr: `« ${unknownKey} » n’est pas proposé par ce diagnostic.`,
      en: `“${unknownKey}” is not proposed by this diagnostic.`,
    };
  if (input.close.some((id) => !closable.has(id)))
    errors.close = {
      fr: 'Un des éléments à clore n’est pas proposé par ce diagnostic.',
      en: 'One of the items to close is not proposed by this diagnostic.',
    };
  throwIfAny(errors);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const start: Partial<Record<PlanItemKind, number>> = {};
    const toAdd = input.add.map((k) => byKey.get(k)!);
    for (const kind of new Set(toAdd.map((i) => i.kind)))
      start[kind] = await repo.nextPosition(trx, planId, kind);
    await repo.insertItems(trx, positioned(planId, toAdd, start, user, now));
    for (const itemId of input.close) {
      const row = await repo.findItem(trx, planId, itemId);
      if (row)
        await repo.updateItemAt(trx, itemId, row.version, {
          status: 'termine',
          updated_at: now,
          updated_by: user.userId,
        });
    }
    if (
      !(await repo.updatePlanAt(trx, planId, plan.version, {
        diagnostic_id: input.diagnosticId,
        updated_at: now,
        updated_by: user.userId,
      }))
    ) {
      throw new ConflictError(undefined, {
        currentVersion: (await repo.findPlan(trx, planId))?.version ?? null,
      });
    }
    await history(
      trx,
      planId,
      null,
      user,
      'plan.proposals-applied',
      { diagnosticId: input.diagnosticId, added: input.add, closed: input.close },
      ctx.now(),
    );
  });
  return view(ctx, actor, planId);
}
