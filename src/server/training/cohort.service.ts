import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { toCsv } from '../library/csv.ts';
import { renderCertificatePdf } from '../../documents/training-certificate.typ.ts';
import * as repo from './training.repository.ts';
import { latestDiagnostic, sharedVigilance, type DiagnosticDigest } from './diagnostic-digest.ts';
import {
  SELF_CHECKIN_EARLY_MS,
  canManageSession,
  loadSession,
  managedSession,
  readableSession,
} from './training.service.ts';

/** Attendance, certificates, the cohort view, the participants' export and the satisfaction survey. */

export async function markAttendance(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  marks: { registrationId: string; meetingId: string; present: boolean }[],
): Promise<{ marked: number }> {
  const a = requireActor(actor);
  await managedSession(ctx.db, a, sessionId);
  const meetings = new Set(
    (await repo.listMeetings(ctx.db, [sessionId])).filter((m) => !m.cancelled_at).map((m) => m.id),
  );
  const regs = new Set(
    (await repo.listRegistrationsWithPeople(ctx.db, sessionId))
      .filter((r) => r.status === 'confirmed')
      .map((r) => r.id),
  );
  const fields: Record<string, ReturnType<typeof msg>> = {};
  marks.forEach((m, i) => {
    if (!meetings.has(m.meetingId))
      fields[`marks.${i}.meetingId`] = msg(
        'Rencontre inconnue dans cette session.',
        'Unknown meeting in this session.',
      );
    if (!regs.has(m.registrationId))
      fields[`marks.${i}.registrationId`] = msg(
        'Pas une inscription confirmée de cette session.',
        'Not a confirmed registration of this session.',
      );
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const m of marks) {
      const values = {
        present: m.present ? 1 : 0,
        marked_by_kind: 'facilitator',
        marked_by: a.userId,
        marked_at: now,
      };
      await trx
        .insertInto('training_attendance')
        .values({ registration_id: m.registrationId, meeting_id: m.meetingId, ...values })
        .onConflict((oc) => oc.columns(['registration_id', 'meeting_id']).doUpdateSet(values))
        .execute();
    }
  });
  return { marked: marks.length };
}

export async function selfCheckIn(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  meetingId: string,
): Promise<void> {
  const a = requireActor(actor);
  const reg = await repo.findRegistration(ctx.db, sessionId, a.userId);
  if (!reg || reg.status !== 'confirmed')
    throw new ForbiddenError(
      msg(
        'Seules les personnes inscrites peuvent signaler leur présence.',
        'Only registered people can check in.',
      ),
    );
  const meeting = (await repo.listMeetings(ctx.db, [sessionId])).find(
    (m) => m.id === meetingId && !m.cancelled_at,
  );
  if (!meeting) throw new NotFoundError();
  const now = ctx.now().getTime();
  if (
    now < new Date(meeting.starts_at).getTime() - SELF_CHECKIN_EARLY_MS ||
    now > new Date(meeting.ends_at).getTime()
  ) {
    throw new ConflictError(
      msg(
        'On ne peut signaler sa présence que pendant la rencontre (à partir d’un quart d’heure avant).',
        'You can check in only during the meeting (from a quarter of an hour before).',
      ),
    );
  }
  const values = {
    present: 1,
    marked_by_kind: 'self',
    marked_by: a.userId,
    marked_at: ctx.now().toISOString(),
  };
  await ctx.db
    .insertInto('training_attendance')
    .values({ registration_id: reg.id, meeting_id: meetingId, ...values })
    .onConflict((oc) => oc.columns(['registration_id', 'meeting_id']).doUpdateSet(values))
    .execute();
}

async function attendanceOf(ctx: AppContext, sessionId: string) {
  return ctx.db
    .selectFrom('training_attendance as a')
    .innerJoin('training_registrations as r', 'r.id', 'a.registration_id')
    .select(['a.registration_id', 'a.meeting_id', 'a.present', 'a.marked_by_kind'])
    .where('r.session_id', '=', sessionId)
    .execute();
}

export async function attendanceGrid(ctx: AppContext, actor: Actor | null, sessionId: string) {
  await managedSession(ctx.db, actor, sessionId);
  const meetings = (await repo.listMeetings(ctx.db, [sessionId])).filter((m) => !m.cancelled_at);
  const people = (await repo.listRegistrationsWithPeople(ctx.db, sessionId)).filter(
    (r) => r.status === 'confirmed',
  );
  const marks = await attendanceOf(ctx, sessionId);
  return {
    meetings: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      date: m.local_date,
      start: m.local_start,
      end: m.local_end,
    })),
    participants: people.map((p) => ({
      registrationId: p.id,
      name: p.display_name,
      organisation: p.organisation_name,
      marks: Object.fromEntries(
        marks
          .filter((x) => x.registration_id === p.id)
          .map((x) => [x.meeting_id, { present: x.present === 1, by: x.marked_by_kind }]),
      ),
    })),
  };
}

/** The participant's own certificate, or anyone's for a facilitator; refused for someone who attended no meeting. */
export async function certificate(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  registrationId: string,
): Promise<Buffer> {
  const a = requireActor(actor);
  const session = await loadSession(ctx.db, sessionId);
  const people = await repo.listRegistrationsWithPeople(ctx.db, sessionId);
  const person = people.find((p) => p.id === registrationId);
  if (!person || (person.user_id !== a.userId && !canManageSession(a, session))) throw new NotFoundError();
  const meetings = (await repo.listMeetings(ctx.db, [sessionId])).filter((m) => !m.cancelled_at);
  const marks = (await attendanceOf(ctx, sessionId)).filter(
    (m) => m.registration_id === registrationId && m.present === 1,
  );
  if (person.status !== 'confirmed' || marks.length === 0) {
    throw new ConflictError(
      msg(
        'Aucune présence n’est enregistrée pour cette personne : pas d’attestation.',
        'No attendance is recorded for this person: no certificate.',
      ),
    );
  }
  const present = new Set(marks.map((m) => m.meeting_id));
  const organiser = await ctx.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', session.organisation_id)
    .executeTakeFirst();
  return renderCertificatePdf({
    participant: person.display_name,
    organisation: person.organisation_name,
    session: session.title,
    organiser: organiser?.name ?? 'Essaim',
    meetings: meetings.map((m) => ({
      title: m.title,
      date: m.local_date,
      start: m.local_start,
      end: m.local_end,
      present: present.has(m.id),
    })),
    issuedAt: ctx.now().toISOString(),
  });
}

export async function registrationsList(ctx: AppContext, actor: Actor | null, sessionId: string) {
  await managedSession(ctx.db, actor, sessionId);
  const rows = await repo.listRegistrationsWithPeople(ctx.db, sessionId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.display_name,
      email: r.email,
      organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
      project: r.project_id ? { id: r.project_id, title: r.project_title ?? '' } : null,
      status: r.status,
      reason: r.reason,
      membershipConfirmed: r.membership_confirmed === 1,
      shareConsent: r.share_consent === 1,
      offerExpiresAt: r.offer_expires_at,
      position: r.position,
      registeredAt: r.created_at,
    })),
  };
}

const STATUS_FR: Record<string, string> = {
  confirmed: 'confirmée',
  waitlisted: 'liste d’attente',
  offered: 'place proposée',
  cancelled: 'annulée',
  refused: 'refusée',
};

export async function participantsCsv(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
): Promise<string> {
  const { items } = await registrationsList(ctx, actor, sessionId);
  return toCsv(
    ['Nom', 'Courriel', 'Organisation', 'Projet', 'Statut', 'Adhésion confirmée', 'Inscrit·e le'],
    items.map((r) => [
      r.name,
      r.email,
      r.organisation?.name ?? '',
      r.project?.title ?? '',
      STATUS_FR[r.status] ?? r.status,
      r.membershipConfirmed ? 'oui' : 'non',
      r.registeredAt,
    ]),
  );
}

/**
 * The cohort side by side: every confirmed participant with organisation and project and, only when they consented,
 * the latest completed diagnostic of their project (verdict, top strategies, vigilance points) and their plan progress.
 * Vigilance points shared by several consenting participants come first in `commonVigilance`.
 */
export async function cohort(ctx: AppContext, actor: Actor | null, sessionId: string) {
  await managedSession(ctx.db, actor, sessionId);
  const people = (await repo.listRegistrationsWithPeople(ctx.db, sessionId)).filter(
    (r) => r.status === 'confirmed',
  );
  const participants = [];
  for (const p of people) {
    let diagnostic: DiagnosticDigest | null = null;
    let plan = null;
    if (p.share_consent === 1 && p.project_id) {
      diagnostic = await latestDiagnostic(ctx.db, p.project_id);
      const pl = await ctx.db
        .selectFrom('plans')
        .select(['id', 'title', 'strategy'])
        .where('project_id', '=', p.project_id)
        .where('deleted_at', 'is', null)
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (pl) {
        const items = await ctx.db
          .selectFrom('plan_items')
          .select('status')
          .where('plan_id', '=', pl.id)
          .where('deleted_at', 'is', null)
          .execute();
        plan = {
          id: pl.id,
          title: pl.title,
          strategy: pl.strategy,
          items: items.length,
          done: items.filter((i) => i.status === 'termine').length,
        };
      }
    }
    participants.push({
      registrationId: p.id,
      name: p.display_name,
      organisation: p.organisation_name,
      project: p.project_id ? { id: p.project_id, title: p.project_title ?? '' } : null,
      shareConsent: p.share_consent === 1,
      diagnostic,
      plan,
    });
  }
  return { participants, commonVigilance: sharedVigilance(participants.map((p) => p.diagnostic)) };
}

export async function submitSurvey(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  answers: { overall: number; usefulness: number; recommend: boolean; comment: string },
): Promise<void> {
  const a = requireActor(actor);
  await readableSession(ctx, a, sessionId);
  const reg = await repo.findRegistration(ctx.db, sessionId, a.userId);
  if (!reg || reg.status !== 'confirmed')
    throw new ForbiddenError(
      msg('Le questionnaire est réservé aux participant·es.', 'The survey is for participants only.'),
    );
  const firstMeeting = (await repo.listMeetings(ctx.db, [sessionId])).find((m) => !m.cancelled_at);
  if (!firstMeeting || ctx.now().toISOString() < firstMeeting.starts_at)
    throw new ConflictError(
      msg('Le questionnaire ouvre après la première rencontre.', 'The survey opens after the first meeting.'),
    );
  const existing = await ctx.db
    .selectFrom('training_surveys')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', a.userId)
    .executeTakeFirst();
  if (existing)
    throw new ConflictError(
      msg('Vous avez déjà répondu au questionnaire.', 'You already answered the survey.'),
    );
  await ctx.db
    .insertInto('training_surveys')
    .values({
      session_id: sessionId,
      user_id: a.userId,
      answers: JSON.stringify(answers),
      created_at: ctx.now().toISOString(),
    })
    .execute();
}

export async function surveyResults(ctx: AppContext, actor: Actor | null, sessionId: string) {
  await managedSession(ctx.db, actor, sessionId);
  const rows = await ctx.db
    .selectFrom('training_surveys')
    .select('answers')
    .where('session_id', '=', sessionId)
    .execute();
  const answers = rows.map(
    (r) =>
      JSON.parse(r.answers) as { overall: number; usefulness: number; recommend: boolean; comment: string },
  );
  const avg = (k: 'overall' | 'usefulness') =>
    answers.length ? Math.round((answers.reduce((s, x) => s + x[k], 0) / answers.length) * 10) / 10 : null;
  return {
    responses: answers.length,
    overall: avg('overall'),
    usefulness: avg('usefulness'),
    recommend: answers.filter((a) => a.recommend).length,
    comments: answers.map((a) => a.comment).filter(Boolean),
  };
}
