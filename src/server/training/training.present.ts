import type { TrainingStatus } from '../../db/tables/training.ts';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import * as repo from './training.repository.ts';
import { SELF_CHECKIN_EARLY_MS, canManageSession, readableSession } from './training.service.ts';

/** The public view of a session: no registrant data; the actor's own registration and the feed URL when they hold a place. */
function meetingView(m: repo.MeetingRow) {
  return {
    id: m.id,
    title: m.title,
    date: m.local_date,
    start: m.local_start,
    end: m.local_end,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    caseStudyProjectId: m.case_study_project_id,
    conferenceUrl: m.conference_url,
    cancelled: m.cancelled_at !== null,
    icsSequence: m.ics_sequence,
  };
}

export async function presentSession(
  ctx: AppContext,
  actor: Actor | null,
  row: repo.SessionRow,
  meetings: repo.MeetingRow[],
) {
  const counts = await repo.countByStatus(ctx.db, row.id);
  const mine = actor ? await repo.findRegistration(ctx.db, row.id, actor.userId) : undefined;
  const facilitator = canManageSession(actor, row);
  const organisation = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', row.organisation_id)
    .executeTakeFirst();
  const live = meetings.filter((m) => !m.cancelled_at);
  const now = ctx.now().toISOString();
  const holds = mine?.status === 'confirmed';
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: organisation?.name ?? '' },
    title: row.title,
    why: row.why,
    forWhom: row.for_whom,
    objectives: JSON.parse(row.objectives) as string[],
    programme: row.programme,
    speakers: JSON.parse(row.speakers) as { name: string; role: string; organisation: string }[],
    capacity: row.capacity,
    placesLeft: Math.max(0, row.capacity - counts.confirmed - counts.offered),
    waitlistLength: counts.waitlisted,
    registrationDeadline: row.registration_deadline,
    registrationOpen: row.status === 'published' && now <= row.registration_deadline,
    membershipRequired: row.membership_required === 1,
    membershipFormUrl: row.has_form ? `/api/v1/training-sessions/${row.id}/membership-form` : null,
    contact: JSON.parse(row.contact) as { name: string; phone: string; email: string },
    methodPageIds: JSON.parse(row.method_page_ids) as string[],
    caseStudyProjectIds: JSON.parse(row.case_study_project_ids) as string[],
    status: row.status,
    version: row.version,
    meetings: meetings.map(meetingView),
    firstMeetingAt: live[0]?.starts_at ?? null,
    lastMeetingEndsAt: live.at(-1)?.ends_at ?? null,
    icsUrl: `/api/v1/training-sessions/${row.id}/calendar.ics`,
    feedUrl: holds || facilitator ? `/api/v1/training-sessions/${row.id}/feed/${row.feed_token}.ics` : null,
    myRegistration: mine
      ? {
          id: mine.id,
          status: mine.status,
          reason: mine.reason,
          offerExpiresAt: mine.offer_expires_at,
          membershipConfirmed: mine.membership_confirmed === 1,
          shareConsent: mine.share_consent === 1,
          organisationId: mine.organisation_id,
          projectId: mine.project_id,
        }
      : null,
    canManage: facilitator,
  };
}

export async function getSessionView(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await readableSession(ctx, actor, id);
  return presentSession(ctx, actor, row, await repo.listMeetings(ctx.db, [id]));
}

export async function listSessionsView(
  ctx: AppContext,
  actor: Actor | null,
  when: 'upcoming' | 'past' | 'all',
  drafts: boolean,
) {
  const statuses: TrainingStatus[] = [
    'published',
    'closed',
    'archived',
    ...(drafts ? (['draft'] as const) : []),
  ];
  const rows = (await repo.listSessionRows(ctx.db, statuses)).filter(
    (r) => r.status !== 'draft' || canManageSession(actor, r),
  );
  const meetings = await repo.listMeetings(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.now().toISOString();
  const items = rows.map((r) => {
    const own = meetings.filter((m) => m.session_id === r.id && !m.cancelled_at);
    const last = own.at(-1)?.ends_at ?? r.registration_deadline;
    return { row: r, first: own[0]?.starts_at ?? null, last, meetings: own.length };
  });
  const chosen = items.filter(
    (i) =>
      when === 'all' ||
      (when === 'upcoming'
        ? i.last >= now && i.row.status !== 'archived'
        : i.last < now || i.row.status === 'archived'),
  );
  chosen.sort((a, b) =>
    when === 'past'
      ? (b.first ?? '').localeCompare(a.first ?? '')
      : (a.first ?? '').localeCompare(b.first ?? ''),
  );
  return {
    items: chosen.map((i) => ({
      id: i.row.id,
      title: i.row.title,
      status: i.row.status,
      firstMeetingAt: i.first,
      lastMeetingEndsAt: i.last,
      meetingCount: i.meetings,
      registrationDeadline: i.row.registration_deadline,
      registrationOpen: i.row.status === 'published' && now <= i.row.registration_deadline,
    })),
  };
}

/**
 * The actor's registrations with each session's meetings, their own attendance, whether self check-in is open now,
 * whether a certificate can be downloaded (at least one meeting attended) and whether the survey is open to them.
 */
export async function myRegistrations(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('training_registrations as r')
    .innerJoin('training_sessions as s', 's.id', 'r.session_id')
    .select([
      'r.id',
      'r.session_id',
      'r.status',
      'r.reason',
      'r.offer_expires_at',
      's.title',
      's.status as session_status',
    ])
    .where('r.user_id', '=', actor.userId)
    .where('s.status', '!=', 'draft')
    .orderBy('r.created_at', 'desc')
    .execute();
  const meetings = await repo.listMeetings(ctx.db, [...new Set(rows.map((r) => r.session_id))]);
  const marks = rows.length
    ? await ctx.db
        .selectFrom('training_attendance')
        .select(['registration_id', 'meeting_id', 'present'])
        .where(
          'registration_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const answered = new Set(
    rows.length
      ? (
          await ctx.db
            .selectFrom('training_surveys')
            .select('session_id')
            .where('user_id', '=', actor.userId)
            .execute()
        ).map((x) => x.session_id)
      : [],
  );
  const now = ctx.now().getTime();
  return {
    items: rows.map((r) => {
      const own = meetings.filter((m) => m.session_id === r.session_id && !m.cancelled_at);
      const present = new Set(
        marks.filter((x) => x.registration_id === r.id && x.present === 1).map((x) => x.meeting_id),
      );
      const confirmed = r.status === 'confirmed';
      return {
        id: r.id,
        sessionId: r.session_id,
        title: r.title,
        status: r.status,
        reason: r.reason,
        offerExpiresAt: r.offer_expires_at,
        sessionStatus: r.session_status,
        meetings: own.map((m) => ({
          id: m.id,
          title: m.title,
          date: m.local_date,
          start: m.local_start,
          end: m.local_end,
          present: present.has(m.id),
          checkInOpen:
            confirmed &&
            now >= new Date(m.starts_at).getTime() - SELF_CHECKIN_EARLY_MS &&
            now <= new Date(m.ends_at).getTime(),
        })),
        icsUrl: `/api/v1/training-sessions/${r.session_id}/calendar.ics`,
        certificateUrl:
          confirmed && present.size > 0
            ? `/api/v1/training-sessions/${r.session_id}/registrations/${r.id}/certificate.pdf`
            : null,
        surveyOpen:
          confirmed &&
          !answered.has(r.session_id) &&
          own.length > 0 &&
          now >= new Date(own[0]!.starts_at).getTime(),
        surveyAnswered: answered.has(r.session_id),
      };
    }),
  };
}

/** The sessions the actor runs (drafts included), with their registration counts, newest first. */
export async function managedSessionsView(ctx: AppContext, actor: Actor) {
  const rows = (await repo.listSessionRows(ctx.db, ['draft', 'published', 'closed', 'archived'])).filter(
    (r) => canManageSession(actor, r),
  );
  const meetings = await repo.listMeetings(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items = [];
  for (const r of rows) {
    const counts = await repo.countByStatus(ctx.db, r.id);
    const own = meetings.filter((m) => m.session_id === r.id && !m.cancelled_at);
    items.push({
      id: r.id,
      title: r.title,
      status: r.status,
      firstMeetingAt: own[0]?.starts_at ?? null,
      meetingCount: own.length,
      capacity: r.capacity,
      confirmed: counts.confirmed,
      waitlisted: counts.waitlisted,
      offered: counts.offered,
      registrationDeadline: r.registration_deadline,
    });
  }
  return { items };
}
