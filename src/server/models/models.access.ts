import type { Actor } from '../auth/actor.ts';
import { assertCan, can, type GuardedRecord } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { findModel, type ModelRow, type ResourceMeta } from './models.repository.ts';

/**
 * Who may reach what of a model: a private draft per model (members of the project's organisation read it, editors
 * write it), and numbered, immutable published versions (transfer kits) that anyone may read, without an account.
 */
export const guard = (m: Pick<ModelRow, 'organisation_id'>): GuardedRecord => ({
  organisationId: m.organisation_id,
  visibility: 'private',
});

export interface KitResource {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  description: string;
}

export const resourceOut = (r: ResourceMeta): KitResource => ({
  id: r.id,
  name: r.name,
  type: r.content_type,
  size: Number(r.size),
  sha256: r.sha256,
  description: r.description,
});
export const resourceUrl = (modelId: string, id: string) => `/api/v1/models/${modelId}/resources/${id}`;

export async function loadDraft(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  action: 'read' | 'edit',
): Promise<ModelRow> {
  const row = await findModel(ctx.db, id);
  if (!row) throw new NotFoundError();
  assertCan(actor, action, guard(row));
  return row;
}

/** A model whose published versions may be read: any published model, or a draft-only model for its members. */
export async function loadPublished(ctx: AppContext, actor: Actor | null, id: string): Promise<ModelRow> {
  const row = await findModel(ctx.db, id);
  if (!row || (row.latest_version === 0 && !can(actor, 'read', guard(row)))) throw new NotFoundError();
  return row;
}
