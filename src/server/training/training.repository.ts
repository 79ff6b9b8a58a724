import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type {
  RegistrationStatus,
  TrainingMeetingTable,
  TrainingSessionTable,
  TrainingStatus,
} from '../../db/tables/training.ts';

/** Kysely queries of the training sessions; plain rows out. */
export type SessionRow = Omit<TrainingSessionTable, 'membership_form'> & { has_form: number };
export type MeetingRow = TrainingMeetingTable;

const sessionColumns = [
  'id',
  'organisation_id',
  'title',
  'why',
  'for_whom',
  'objectives',
  'programme',
  'speakers',
  'capacity',
  'registration_deadline',
  'membership_required',
  'membership_form_name',
  'membership_form_type',
  'contact',
  'method_page_ids',
  'case_study_project_ids',
  'status',
  'feed_token',
  'created_by',
  'created_at',
  'updated_at',
  'version',
] as const;

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('training_sessions')
    .select(sessionColumns)
    .select(sql<number>`case when membership_form is null then 0 else 1 end`.as('has_form'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, has_form: Number(row.has_form) } : undefined;
}

/** Locks the session row until the end of the transaction (PostgreSQL); SQLite's write transaction already serialises writers. */
export async function lockSession(trx: Db, dialect: Dialect, id: string): Promise<void> {
  if (dialect === 'postgres')
    await sql`select id from training_sessions where id = ${id} for update`.execute(trx);
}

export async function listSessionRows(db: Db, statuses: TrainingStatus[]): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('training_sessions')
    .select(sessionColumns)
    .select(sql<number>`case when membership_form is null then 0 else 1 end`.as('has_form'))
    .where('status', 'in', statuses)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...r, has_form: Number(r.has_form) }));
}

export function listMeetings(db: Db, sessionIds: string[]): Promise<MeetingRow[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('training_meetings')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .orderBy('starts_at')
    .execute();
}

export async function countByStatus(db: Db, sessionId: string): Promise<Record<RegistrationStatus, number>> {
  const rows = await db
    .selectFrom('training_registrations')
    .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('session_id', '=', sessionId)
    .groupBy('status')
    .execute();
  const out: Record<RegistrationStatus, number> = {
    confirmed: 0,
    waitlisted: 0,
    offered: 0,
    cancelled: 0,
    refused: 0,
  };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export async function maxPosition(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('training_registrations')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.p ?? 0);
}

export function findRegistration(db: Db, sessionId: string, userId: string) {
  return db
    .selectFrom('training_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findRegistrationById(db: Db, id: string) {
  return db.selectFrom('training_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function firstWaitlisted(db: Db, sessionId: string) {
  return db
    .selectFrom('training_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
}

export function listRegistrationsWithPeople(db: Db, sessionId: string) {
  return db
    .selectFrom('training_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('projects as p', 'p.id', 'r.project_id')
    .select([
      'r.id',
      'r.user_id',
      'r.organisation_id',
      'r.project_id',
      'r.status',
      'r.reason',
      'r.membership_confirmed',
      'r.share_consent',
      'r.offer_expires_at',
      'r.position',
      'r.created_at',
      'u.display_name',
      'u.email',
      'o.name as organisation_name',
      'p.title as project_title',
    ])
    .where('r.session_id', '=', sessionId)
    .orderBy('r.position')
    .execute();
}

export function findUser(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'language'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The few columns the registration decision needs. */
export function findSessionState(db: Db, id: string) {
  return db
    .selectFrom('training_sessions')
    .select(['id', 'status', 'capacity', 'registration_deadline'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Places held (confirmed + offered), waitlist length and the last position, in one statement. */
export async function tally(
  db: Db,
  sessionId: string,
): Promise<{ held: number; waitlisted: number; maxPosition: number }> {
  const row = await db
    .selectFrom('training_registrations')
    .select([
      sql<number>`coalesce(sum(case when status in ('confirmed', 'offered') then 1 else 0 end), 0)`.as(
        'held',
      ),
      sql<number>`coalesce(sum(case when status = 'waitlisted' then 1 else 0 end), 0)`.as('waitlisted'),
      sql<number>`coalesce(max(position), 0)`.as('max_position'),
    ])
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return {
    held: Number(row?.held ?? 0),
    waitlisted: Number(row?.waitlisted ?? 0),
    maxPosition: Number(row?.max_position ?? 0),
  };
}
