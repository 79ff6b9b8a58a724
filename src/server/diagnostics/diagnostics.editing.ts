import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Instrument } from '../../core/diagnostics/instrument.schemas.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { assertCan, can, hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import {
  ForbiddenError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  msg,
  type FieldErrors,
} from '../errors.ts';
import { presentTerritory, resolveTerritory } from '../territories/territories.service.ts';
import { getInstruments } from './instruments.ts';
import * as repo from './diagnostics.repository.ts';
import type { createDiagnosticBody, DiagnosticView, updateDiagnosticBody } from './diagnostics.schemas.ts';
import { assertVersion, loadReadable, projectGuard, reload, staleVersion } from './diagnostics.service.ts';

/**
 * Creating a diagnostic on a project and editing its details (title; for a territory-fit diagnostic, the model
 * and the territory it is about). Answers are written in diagnostics.answers.ts.
 */

/** Territory facts for a replicator's territory, or the field error saying why the code is refused. */
function territoryFacts(input: { type?: 'commune' | 'epci' | 'departement' | 'region'; code: string }) {
  const found = resolveTerritory(input);
  if ('fr' in found) throw new ValidationError({ 'territory.code': found });
  return presentTerritory(found);
}

async function checkModelProject(ctx: AppContext, actor: Actor, modelProjectId: string): Promise<void> {
  const model = await projectGuard(ctx, modelProjectId);
  if (!model || !can(actor, 'read', model.guard)) {
    throw new ValidationError({
      modelProjectId: msg(
        'Ce projet n’existe pas ou vous n’y avez pas accès.',
        'This project does not exist or you cannot access it.',
      ),
    });
  }
}

function assertReplicatorFields(
  kind: Instrument['kind'],
  input: { modelRef?: unknown; modelProjectId?: unknown; territory?: unknown },
): void {
  if (kind === 'replicator-fit') return;
  const fields: FieldErrors = {};
  const reason = msg(
    'Réservé aux diagnostics d’adéquation au territoire.',
    'Only for territory-fit diagnostics.',
  );
  for (const key of ['modelRef', 'modelProjectId', 'territory'] as const)
    if (input[key] !== undefined && input[key] !== null) fields[key] = reason;
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

export async function createDiagnostic(
  ctx: AppContext,
  actorOrNull: Actor | null,
  projectId: string,
  input: z.infer<typeof createDiagnosticBody>,
): Promise<DiagnosticView> {
  const found = await projectGuard(ctx, projectId);
  if (!found) throw new NotFoundError();
  const { project, guard } = found;
  if (!hasOrganisationRole(actorOrNull, project.organisation_id, 'editor')) {
    if (!can(actorOrNull, 'read', guard)) throw new NotFoundError();
    throw actorOrNull ? new ForbiddenError() : new UnauthorizedError();
  }
  const actor = requireActor(actorOrNull);
  const instrument = getInstruments().findLatest(input.instrumentId);
  if (!instrument)
    throw new ValidationError({
      instrumentId: msg(
        'Cet outil de diagnostic n’existe pas.',
        'This diagnostic instrument does not exist.',
      ),
    });
  assertReplicatorFields(instrument.kind, input);
  if (input.modelProjectId) await checkModelProject(ctx, actor, input.modelProjectId);
  const facts = input.territory ? territoryFacts(input.territory) : null;
  const id = randomUUID();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDiagnostic(trx, {
      id,
      project_id: project.id,
      organisation_id: project.organisation_id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      kind: instrument.kind,
      title: input.title ?? instrument.title[actor.language],
      status: 'draft',
      answers: '{}',
      answer_authors: '{}',
      result: null,
      engine_version: null,
      completed_at: null,
      completed_by: null,
      model_ref: input.modelRef ?? null,
      model_project_id: input.modelProjectId ?? null,
      territory_type: facts?.type ?? null,
      territory_code: facts?.code ?? null,
      territory_facts: facts ? JSON.stringify(facts) : null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
      version: 1,
    });
    await recordAudit(
      trx,
      {
        actorUserId: actor.userId,
        action: 'diagnostic.create',
        subjectType: 'diagnostic',
        subjectId: id,
        organisationId: project.organisation_id,
        details: { projectId, instrumentId: instrument.id, instrumentVersion: instrument.version },
      },
      ctx.now(),
    );
  });
  return reload(ctx, actor, id);
}

export async function updateDiagnostic(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof updateDiagnosticBody>,
): Promise<DiagnosticView> {
  const loaded = await loadReadable(ctx, actor, id);
  assertCan(actor, 'edit', loaded.guard);
  const { row } = loaded;
  assertVersion(row, input.version);
  assertReplicatorFields(row.kind, input);
  if (input.modelProjectId) await checkModelProject(ctx, requireActor(actor), input.modelProjectId);
  const facts = input.territory ? territoryFacts(input.territory) : input.territory;
  const ok = await repo.updateDiagnosticAt(ctx.db, id, input.version, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.modelRef !== undefined ? { model_ref: input.modelRef } : {}),
    ...(input.modelProjectId !== undefined ? { model_project_id: input.modelProjectId } : {}),
    ...(facts !== undefined
      ? {
          territory_type: facts?.type ?? null,
          territory_code: facts?.code ?? null,
          territory_facts: facts ? JSON.stringify(facts) : null,
        }
      : {}),
    updated_at: ctx.now().toISOString(),
  });
  if (!ok) throw await staleVersion(ctx.db, id);
  return reload(ctx, actor, id);
}
