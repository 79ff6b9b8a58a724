import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import type { RegistrationStatus, TrainingStatus } from '../../db/tables/training.ts';
import { isAdmin, isFacilitator, type Actor } from '../auth/actor.ts';
import { hasOrganisationRole, requireActor } from '../auth/permissions.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  msg,
  type FieldErrors,
} from '../errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import * as repo from './training.repository.ts';
import { assertMethodPages } from './linked-pages.ts';
import type { CreateSessionBody } from './training.schemas.ts';
import { assertCaseStudies, insertMeeting, planMeetings, sessionColumns } from './training.meetings.ts';

/**
 * Training sessions: facilitators (platform role) create and run them; anyone reads published ones; signed-in people
 * register for themselves. Registration and capacity are decided in one transaction that holds the session (row lock
 * on PostgreSQL, the single writer on SQLite), so that the confirmed count never exceeds the capacity.
 */
export const OFFER_HOURS = 48;
/** Self check-in opens a quarter of an hour before a meeting and closes at its end. */
export const SELF_CHECKIN_EARLY_MS = 15 * 60_000;

export function assertFacilitator(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!isFacilitator(a))
    throw new ForbiddenError(
      msg(
        'Seuls les animateurs et animatrices de formation peuvent faire cela.',
        'Only training facilitators can do this.',
      ),
    );
  return a;
}

/**
 * Who runs a session: an administrator, or a facilitator who created it or is an editor of the organising
 * organisation. Another facilitator sees it as the public does.
 */
export function canManageSession(
  actor: Actor | null,
  row: { organisation_id: string; created_by: string },
): boolean {
  if (!actor || !isFacilitator(actor)) return false;
  if (isAdmin(actor)) return true;
  return row.created_by === actor.userId || hasOrganisationRole(actor, row.organisation_id, 'editor');
}

/** Loads the session for its facilitators: 404 when it does not exist, 403 for someone who does not run it. */
export async function managedSession(db: Db, actor: Actor | null, id: string): Promise<repo.SessionRow> {
  const a = assertFacilitator(actor);
  const row = await loadSession(db, id);
  if (!canManageSession(a, row))
    throw new ForbiddenError(
      msg(
        'Seules les personnes qui animent cette session peuvent faire cela.',
        'Only the facilitators of this session can do this.',
      ),
    );
  return row;
}

export class ClosedError extends AppError {
  constructor(
    text = msg('Les inscriptions à cette session sont closes.', 'Registration for this session is closed.'),
    fields: FieldErrors = {},
  ) {
    super(409, 'registration_closed', text, fields);
  }
}

export async function createSession(
  ctx: AppContext,
  actor: Actor | null,
  body: CreateSessionBody,
): Promise<{ id: string }> {
  const a = assertFacilitator(actor);
  const org = await ctx.db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', body.organisationId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!org)
    throw new ValidationError({
      organisationId: msg('Organisation introuvable.', 'Organisation not found.'),
    });
  const meetings = planMeetings(body.meetings, body.registrationDeadline);
  assertMethodPages(body.methodPageIds);
  await assertCaseStudies(
    ctx.db,
    [
      ...body.caseStudyProjectIds,
      ...meetings.flatMap((m) => (m.caseStudyProjectId ? [m.caseStudyProjectId] : [])),
    ],
    'caseStudyProjectIds',
  );
  const id = randomUUID();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('training_sessions')
      .values({
        id,
        organisation_id: body.organisationId,
        ...sessionColumns(body),
        membership_form: null,
        membership_form_name: null,
        membership_form_type: null,
        status: 'draft',
        feed_token: randomBytes(24).toString('base64url'),
        created_by: a.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    for (const m of meetings) await insertMeeting(trx, id, m, now);
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'training.create',
        subjectType: 'training_session',
        subjectId: id,
        organisationId: body.organisationId,
      },
      ctx.now(),
    );
  });
  return { id };
}

export async function loadSession(db: Db, id: string): Promise<repo.SessionRow> {
  const row = await repo.findSession(db, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** Who may read a session: everyone once published (or closed, archived); its facilitators always. */
export async function readableSession(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<repo.SessionRow> {
  const row = await loadSession(ctx.db, id);
  if (row.status === 'draft' && !canManageSession(actor, row)) throw new NotFoundError();
  return row;
}

/**
 * Replaces the session's fields and meetings. Kept meetings (same id) keep their calendar UID; a meeting whose time,
 * title or link changes gets SEQUENCE + 1; a meeting left out is cancelled (SEQUENCE + 1, STATUS:CANCELLED).
 * Returns the ids of changed and cancelled meetings, for the update e-mails.
 */
export async function updateSession(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  body: Omit<CreateSessionBody, 'organisationId'> & { version: number },
): Promise<{ changed: string[]; cancelled: string[] }> {
  const a = assertFacilitator(actor);
  await managedSession(ctx.db, a, id);
  const meetings = planMeetings(body.meetings, body.registrationDeadline);
  assertMethodPages(body.methodPageIds);
  await assertCaseStudies(
    ctx.db,
    [
      ...body.caseStudyProjectIds,
      ...meetings.flatMap((m) => (m.caseStudyProjectId ? [m.caseStudyProjectId] : [])),
    ],
    'caseStudyProjectIds',
  );
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, id);
    const current = await loadSession(trx, id);
    if (current.version !== body.version)
      throw new ConflictError(undefined, { currentVersion: current.version });
    const counts = await repo.countByStatus(trx, id);
    const held = counts.confirmed + counts.offered;
    if (body.capacity < held) {
      throw new ValidationError({
        capacity: msg(
          `${held} personnes ont déjà une place : la capacité ne peut pas descendre en dessous.`,
          `${held} people already hold a place: capacity cannot go below that.`,
        ),
      });
    }
    const existing = (await repo.listMeetings(trx, [id])).filter((m) => !m.cancelled_at);
    const byId = new Map(existing.map((m) => [m.id, m]));
    const unknown = meetings.find((m) => m.id && !byId.has(m.id));
    if (unknown)
      throw new ValidationError({
        meetings: msg(
          'Une rencontre envoyée n’appartient pas à cette session.',
          'A meeting sent does not belong to this session.',
        ),
      });
    const changed: string[] = [];
    for (const m of meetings) {
      const old = m.id ? byId.get(m.id) : undefined;
      if (!old) {
        await insertMeeting(trx, id, m, now);
        continue;
      }
      const differs =
        old.starts_at !== m.startsAt ||
        old.ends_at !== m.endsAt ||
        old.title !== m.title ||
        old.conference_url !== m.conferenceUrl ||
        old.case_study_project_id !== m.caseStudyProjectId;
      if (!differs) continue;
      changed.push(old.id);
      await trx
        .updateTable('training_meetings')
        .set({
          title: m.title,
          case_study_project_id: m.caseStudyProjectId,
          starts_at: m.startsAt,
          ends_at: m.endsAt,
          local_date: m.date,
          local_start: m.start,
          local_end: m.end,
          conference_url: m.conferenceUrl,
          ics_sequence: old.ics_sequence + 1,
          updated_at: now,
        })
        .where('id', '=', old.id)
        .execute();
    }
    const kept = new Set(meetings.flatMap((m) => (m.id ? [m.id] : [])));
    const cancelled = existing.filter((m) => !kept.has(m.id)).map((m) => m.id);
    for (const mid of cancelled) {
      const old = byId.get(mid)!;
      await trx
        .updateTable('training_meetings')
        .set({ cancelled_at: now, ics_sequence: old.ics_sequence + 1, updated_at: now })
        .where('id', '=', mid)
        .execute();
    }
    await trx
      .updateTable('training_sessions')
      .set({ ...sessionColumns(body), updated_at: now, version: current.version + 1 })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: 'training.update',
        subjectType: 'training_session',
        subjectId: id,
        organisationId: current.organisation_id,
        details: { changed, cancelled },
      },
      ctx.now(),
    );
    if (current.status !== 'draft' && (changed.length || cancelled.length)) {
      const { queueCalendarUpdates } = await import('./training.mail.ts');
      await queueCalendarUpdates(ctx, trx, id, changed, cancelled);
    }
    return { changed, cancelled };
  });
}

const TRANSITIONS: Record<TrainingStatus, TrainingStatus[]> = {
  draft: ['published'],
  published: ['closed', 'draft', 'archived'],
  closed: ['published', 'archived'],
  archived: [],
};

export async function setStatus(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  status: TrainingStatus,
  version: number,
): Promise<void> {
  const a = assertFacilitator(actor);
  await managedSession(ctx.db, a, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, id);
    const current = await loadSession(trx, id);
    if (current.version !== version) throw new ConflictError(undefined, { currentVersion: current.version });
    if (current.status === status) return;
    if (!TRANSITIONS[current.status].includes(status)) {
      throw new ValidationError({
        status: msg(
          `Passage impossible de « ${current.status} » à « ${status} ».`,
          `Cannot go from "${current.status}" to "${status}".`,
        ),
      });
    }
    if (status === 'draft') {
      const counts = await repo.countByStatus(trx, id);
      if (counts.confirmed + counts.waitlisted + counts.offered > 0) {
        throw new ValidationError({
          status: msg(
            'Des personnes sont inscrites : la session ne peut plus redevenir un brouillon.',
            'People have registered: the session cannot go back to draft.',
          ),
        });
      }
    }
    await trx
      .updateTable('training_sessions')
      .set({ status, version: current.version + 1, updated_at: ctx.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: `training.status.${status}`,
        subjectType: 'training_session',
        subjectId: id,
        organisationId: current.organisation_id,
      },
      ctx.now(),
    );
  });
}

export type { RegistrationStatus };
export { hasOrganisationRole };
