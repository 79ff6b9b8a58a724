import type { Db } from '../../db/database.ts';
import { isFacilitator, type Actor } from '../auth/actor.ts';
import { can, type GuardedRecord } from '../auth/permissions.ts';

/** The platform roles that may be invited to follow a project (inviteFacilitator in follows.service.ts). */
const FOLLOWING_ROLES = ['facilitator', 'admin'] as const;

/**
 * A facilitator who follows a project (an active follow, see follows.service.ts) may read the project's private
 * diagnostics and plans, never change them. Ending the follow ends that access at once: nothing is copied. So does
 * losing the role the follow was granted for (an administrator making a facilitator an ordinary user again) or
 * a deleted account: the follow stays on record, the access it gave does not.
 */
export async function activeFollowerIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('facilitator_follows as f')
    .innerJoin('users as u', 'u.id', 'f.facilitator_user_id')
    .select('f.facilitator_user_id')
    .where('f.project_id', '=', projectId)
    .where('f.ended_at', 'is', null)
    .where('u.platform_role', 'in', FOLLOWING_ROLES)
    .where('u.deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.facilitator_user_id);
}

/**
 * The guard of a record of the project, widened to the project's followers when the actor could not read it
 * otherwise (followers are named read-only users: `can` never lets them edit). Members, anonymous visitors and
 * people without a facilitator's role cost no query.
 */
export async function withFollowers(
  db: Db,
  actor: Actor | null,
  projectId: string,
  guard: GuardedRecord,
): Promise<GuardedRecord> {
  // The actor's role is read from the database with each request, so a former facilitator costs no query either.
  if (!actor || !isFacilitator(actor) || can(actor, 'read', guard)) return guard;
  const followers = await activeFollowerIds(db, projectId);
  if (!followers.includes(actor.userId)) return guard;
  return {
    ...guard,
    visibility: guard.visibility === 'public' ? 'public' : 'shared',
    sharedWithUserIds: [...(guard.sharedWithUserIds ?? []), actor.userId],
  };
}
