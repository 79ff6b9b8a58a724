import type { z } from 'zod';
import { compareResults } from '../../core/diagnostics/scoring.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ValidationError, msg, type FieldErrors } from '../errors.ts';
import * as repo from './diagnostics.repository.ts';
import { parseResult, presentSummary } from './diagnostics.present.ts';
import type { shareBody, unshareBody } from './diagnostics.schemas.ts';
import { loadReadable, viewOf } from './diagnostics.service.ts';

/** Sharing a diagnostic with facilitators and other organisations (read only), and comparing two results. */

const FACILITATOR_ROLES = new Set(['facilitator', 'admin']);

export async function shareDiagnostic(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: z.infer<typeof shareBody>,
) {
  const loaded = await loadReadable(ctx, actorOrNull, id);
  assertCan(actorOrNull, 'edit', loaded.guard);
  const actor = requireActor(actorOrNull);
  const emails = input.facilitatorEmails ?? [];
  const userIds = input.userIds ?? [];
  const organisationIds = input.organisationIds ?? [];
  const fields: FieldErrors = {};
  const people = await repo.findFacilitators(ctx.db, { ids: userIds, emails });
  const notFacilitator = msg(
    'Aucun compte d’accompagnateur ne correspond.',
    'No facilitator account matches.',
  );
  const targets = new Set<string>();
  userIds.forEach((userId, i) => {
    const p = people.find((u) => u.id === userId);
    if (!p || !FACILITATOR_ROLES.has(p.platform_role)) fields[`userIds.${i}`] = notFacilitator;
    else targets.add(p.id);
  });
  emails.forEach((email, i) => {
    const p = people.find((u) => u.email === email.toLowerCase());
    if (!p || !FACILITATOR_ROLES.has(p.platform_role)) fields[`facilitatorEmails.${i}`] = notFacilitator;
    else targets.add(p.id);
  });
  const organisations = await repo.findOrganisationNames(ctx.db, organisationIds);
  organisationIds.forEach((organisationId, i) => {
    if (!organisations.has(organisationId))
      fields[`organisationIds.${i}`] = msg(
        'Cette organisation n’existe pas.',
        'This organisation does not exist.',
      );
    else if (organisationId === loaded.row.organisation_id) {
      fields[`organisationIds.${i}`] = msg(
        'C’est l’organisation du projet : ses membres y ont déjà accès.',
        'This is the project’s organisation: its members already have access.',
      );
    }
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertShares(trx, [
      ...[...targets].map((targetId) => ({
        diagnostic_id: id,
        target_type: 'user' as const,
        target_id: targetId,
        created_by: actor.userId,
        created_at: now,
      })),
      ...organisationIds.map((targetId) => ({
        diagnostic_id: id,
        target_type: 'organisation' as const,
        target_id: targetId,
        created_by: actor.userId,
        created_at: now,
      })),
    ]);
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'diagnostic.share',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: loaded.row.organisation_id,
        details: { userIds: [...targets], organisationIds },
      },
      ctx.now(),
    );
  });
  return (await viewOf(ctx, actor, await loadReadable(ctx, actor, id))).sharedWith;
}

export async function unshareDiagnostic(
  ctx: AppContext,
  actorOrNull: Actor | null,
  id: string,
  input: z.infer<typeof unshareBody>,
) {
  const loaded = await loadReadable(ctx, actorOrNull, id);
  assertCan(actorOrNull, 'edit', loaded.guard);
  const actor = requireActor(actorOrNull);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteShares(trx, id, 'user', input.userIds ?? []);
    await repo.deleteShares(trx, id, 'organisation', input.organisationIds ?? []);
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'diagnostic.unshare',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: loaded.row.organisation_id,
        details: { userIds: input.userIds ?? [], organisationIds: input.organisationIds ?? [] },
      },
      ctx.now(),
    );
  });
  return (await viewOf(ctx, actor, await loadReadable(ctx, actor, id))).sharedWith;
}

/** Two completed diagnostics of the same instrument, side by side: what changed from `a` to `b`. */
export async function compareDiagnostics(ctx: AppContext, actor: Actor | null, aId: string, bId: string) {
  const [a, b] = [await loadReadable(ctx, actor, aId), await loadReadable(ctx, actor, bId)];
  const fields: FieldErrors = {};
  const notCompleted = msg(
    'Ce diagnostic n’est pas terminé : il n’a pas encore de résultat.',
    'This diagnostic is not completed: it has no result yet.',
  );
  const resultA = parseResult(a.row);
  const resultB = parseResult(b.row);
  if (!resultA) fields.a = notCompleted;
  if (!resultB) fields.b = notCompleted;
  if (a.row.instrument_id !== b.row.instrument_id) {
    fields.b = msg(
      'Ces deux diagnostics n’utilisent pas le même outil.',
      'These two diagnostics do not use the same instrument.',
    );
  }
  if (!resultA || !resultB || Object.keys(fields).length > 0) throw new ValidationError(fields);
  const names = await repo.findUserNames(ctx.db, [a.row.created_by, b.row.created_by]);
  return {
    a: presentSummary(a.row, a.instrument, names),
    b: presentSummary(b.row, b.instrument, names),
    comparison: compareResults(resultA, resultB),
  };
}
