import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { PlatformRole } from '../../db/tables/accounts.ts';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  values: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    language: 'fr' | 'en';
    platformRole?: PlatformRole;
    emailVerifiedAt?: string | null;
  },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: values.email.toLowerCase(),
      email_verified_at: values.emailVerifiedAt ?? null,
      password_hash: values.passwordHash,
      display_name: values.displayName,
      language: values.language,
      platform_role: values.platformRole ?? 'user',
      oidc_subject: null,
      disabled_at: null,
      deleted_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .execute();
  return id;
}

export function listMembershipsWithNames(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['memberships.organisation_id', 'organisations.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .where('organisations.deleted_at', 'is', null)
    .orderBy('organisations.name')
    .execute();
}
