import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { can, type GuardedRecord } from '../auth/permissions.ts';

/**
 * A facilitator who follows a project (an active follow, see follows.service.ts) may read the project's private
 * diagnostics and plans, never change them. Ending the follow ends that access at once: nothing is copied.
 */
export async function activeFollowerIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('facilitator_follows')
    .select('facilitator_user_id')
    .where('project_id', '=', projectId)
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((r) => r.facilitator_user_id);
}

/**
 * The guard of a record of the project, widened to the project's followers when the actor could not read it
 * otherwise (followers are named read-only users: `can` never lets them edit). Members and anonymous visitors cost
 * no query.
 */
export async function withFollowers(
  db: Db,
  actor: Actor | null,
  projectId: string,
  guard: GuardedRecord,
): Promise<GuardedRecord> {
  if (!actor || can(actor, 'read', guard)) return guard;
  const followers = await activeFollowerIds(db, projectId);
  if (!followers.includes(actor.userId)) return guard;
  return {
    ...guard,
    visibility: guard.visibility === 'public' ? 'public' : 'shared',
    sharedWithUserIds: [...(guard.sharedWithUserIds ?? []), actor.userId],
  };
}
