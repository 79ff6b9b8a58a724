import type { Actor } from '../auth/actor.ts';
import { hasOrganisationRole, readableOrganisationIds } from '../auth/permissions.ts';
import type { AppContext } from '../context.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../errors.ts';
import { findModelRow, findSite, hasSiteIn, type SiteRef } from './indicators.repository.ts';

/**
 * Who may do what with indicators. The carrier is the model's organisation: its members read the dictionary and the
 * network dashboard, its editors write the dictionary, the settings and any site's values. A site's organisation
 * reads the dictionary of its model and reads and writes its own site's values. Anyone else gets 404 (existence
 * does not leak); a reader who may not write gets 403 (401 when signed out).
 */
export type ModelRef = NonNullable<Awaited<ReturnType<typeof findModelRow>>>;

function refuse(actor: Actor | null, canRead: boolean): never {
  if (canRead) throw actor ? new ForbiddenError() : new UnauthorizedError();
  throw new NotFoundError();
}

export async function loadModel(ctx: AppContext, id: string): Promise<ModelRef> {
  const model = await findModelRow(ctx.db, id);
  if (!model) throw new NotFoundError();
  return model;
}

export async function canReadDictionary(
  ctx: AppContext,
  actor: Actor | null,
  model: ModelRef,
): Promise<boolean> {
  if (hasOrganisationRole(actor, model.organisation_id, 'viewer')) return true;
  const orgs = readableOrganisationIds(actor);
  return orgs !== null && (await hasSiteIn(ctx.db, model.id, orgs));
}

/** The carrier's members (viewers and up): dictionary, dashboard, settings. */
export async function modelForCarrier(
  ctx: AppContext,
  actor: Actor | null,
  modelId: string,
  action: 'read' | 'edit',
) {
  const model = await loadModel(ctx, modelId);
  const needed = action === 'read' ? 'viewer' : 'editor';
  if (hasOrganisationRole(actor, model.organisation_id, needed)) return model;
  refuse(actor, await canReadDictionary(ctx, actor, model));
}

export async function modelForReader(ctx: AppContext, actor: Actor | null, modelId: string) {
  const model = await loadModel(ctx, modelId);
  if (!(await canReadDictionary(ctx, actor, model))) throw new NotFoundError();
  return model;
}

export function canReadSite(actor: Actor | null, site: SiteRef): boolean {
  return (
    hasOrganisationRole(actor, site.organisation_id, 'viewer') ||
    hasOrganisationRole(actor, site.carrier_organisation_id, 'viewer')
  );
}

export function canWriteSite(actor: Actor | null, site: SiteRef): boolean {
  return (
    hasOrganisationRole(actor, site.organisation_id, 'editor') ||
    hasOrganisationRole(actor, site.carrier_organisation_id, 'editor')
  );
}

export async function siteFor(
  ctx: AppContext,
  actor: Actor | null,
  siteId: string,
  action: 'read' | 'edit',
): Promise<SiteRef> {
  const site = await findSite(ctx.db, siteId);
  if (!site) throw new NotFoundError();
  const readable = canReadSite(actor, site);
  if (action === 'read' ? readable : canWriteSite(actor, site)) return site;
  refuse(actor, readable);
}
