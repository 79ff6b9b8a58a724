import type { Db } from '../../db/database.ts';

export function findOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listOrganisationsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('organisations')
    .innerJoin('memberships', 'memberships.organisation_id', 'organisations.id')
    .selectAll('organisations')
    .select('memberships.role as my_role')
    .where('memberships.user_id', '=', userId)
    .where('organisations.deleted_at', 'is', null)
    .orderBy('organisations.name')
    .execute();
}

export function listMembers(db: Db, organisationId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.display_name', 'users.email', 'memberships.role', 'memberships.created_at'])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('users.display_name')
    .execute();
}
