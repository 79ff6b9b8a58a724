import { ForbiddenError, NotFoundError, UnauthorizedError } from '../errors.ts';
import { isAdmin, roleIn, type Actor } from './actor.ts';
import type { OrganisationRole } from '../../db/tables/accounts.ts';

/**
 * The one place that answers « can this user do this on this record? ». Services call it before every read and
 * write; routes never decide alone.
 *
 * - private: members of the owning organisation only;
 * - shared: also members of the organisations named in `sharedWithOrganisationIds` (read only), and users named in
 *   `sharedWithUserIds` (facilitators following a project, read only);
 * - public: anyone may read (once published, for records that have drafts).
 * Within the owning organisation: viewers read, editors also create, edit and delete, owners also manage members
 * and settings. Platform administrators may do everything.
 */
export type Visibility = 'private' | 'shared' | 'public';
export type Action = 'read' | 'edit' | 'manage';

export interface GuardedRecord {
  organisationId: string;
  visibility: Visibility;
  /** Records with a draft state are public only once published. */
  published?: boolean;
  sharedWithOrganisationIds?: readonly string[];
  sharedWithUserIds?: readonly string[];
}

const RANK: Record<OrganisationRole, number> = { viewer: 1, editor: 2, owner: 3 };
const NEEDED: Record<Action, OrganisationRole> = { read: 'viewer', edit: 'editor', manage: 'owner' };

export function hasOrganisationRole(
  actor: Actor | null,
  organisationId: string,
  needed: OrganisationRole,
): boolean {
  if (isAdmin(actor)) return true;
  const role = roleIn(actor, organisationId);
  return role !== null && RANK[role] >= RANK[needed];
}

export function can(actor: Actor | null, action: Action, record: GuardedRecord): boolean {
  if (hasOrganisationRole(actor, record.organisationId, NEEDED[action])) return true;
  if (action !== 'read') return false;
  if (record.visibility === 'public' && record.published !== false) return true;
  if (record.visibility === 'shared' && actor) {
    if (record.sharedWithUserIds?.includes(actor.userId)) return true;
    return actor.memberships.some((m) => record.sharedWithOrganisationIds?.includes(m.organisationId));
  }
  return false;
}

/**
 * Throws when the action is not allowed. A record one may not even read answers 404, so that its existence does
 * not leak; a record one may read but not change answers 403 (or 401 when nobody is signed in).
 */
export function assertCan(actor: Actor | null, action: Action, record: GuardedRecord): void {
  if (can(actor, action, record)) return;
  if (action !== 'read' && can(actor, 'read', record)) {
    throw actor ? new ForbiddenError() : new UnauthorizedError();
  }
  throw new NotFoundError();
}

/** For creating records in an organisation: editors and owners of it. */
export function assertCanWriteIn(actor: Actor | null, organisationId: string): void {
  if (!actor) throw new UnauthorizedError();
  if (!hasOrganisationRole(actor, organisationId, 'editor')) throw new ForbiddenError();
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** Organisation ids whose private records the actor may read (for list queries); null means all (administrator). */
export function readableOrganisationIds(actor: Actor | null): string[] | null {
  if (isAdmin(actor)) return null;
  return actor ? actor.memberships.map((m) => m.organisationId) : [];
}
