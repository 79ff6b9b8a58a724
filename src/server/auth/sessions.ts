import type { Db } from '../../db/database.ts';
import type { Actor } from './actor.ts';
import { hashSecret, newSecret } from './tokens.ts';

export const SESSION_COOKIE = 'essaim_session';
const SESSION_DAYS = 30;
// Refreshing last_seen_at on every request would make every read a write; five minutes is precise enough.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  meta: { userAgent?: string; ip?: string },
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      id: hashSecret(secret),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
      revoked_at: null,
    })
    .execute();
  return { secret, expiresAt };
}

/** The actor behind a session cookie, or null when the session is unknown, expired, revoked or its user disabled. */
export async function loadActor(db: Db, secret: string, now: Date): Promise<Actor | null> {
  const id = hashSecret(secret);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.expires_at',
      'sessions.revoked_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.language',
      'users.platform_role',
      'users.email_verified_at',
      'users.disabled_at',
      'users.deleted_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at || row.deleted_at || row.expires_at <= now.toISOString())
    return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['memberships.organisation_id', 'memberships.role'])
    .where('memberships.user_id', '=', row.user_id)
    .where('organisations.deleted_at', 'is', null)
    .execute();
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    language: row.language,
    platformRole: row.platform_role,
    emailVerified: row.email_verified_at !== null,
    sessionId: row.session_id,
    memberships: memberships.map((m) => ({ organisationId: m.organisation_id, role: m.role })),
  };
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', sessionId)
    .execute();
}
