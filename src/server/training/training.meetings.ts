import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { ValidationError, msg, type FieldErrors } from '../errors.ts';
import { parisToUtc } from './paris-time.ts';
import type { CreateSessionBody, MeetingInput } from './training.schemas.ts';

/** A session's meetings and columns, checked and shaped for the database: shared by creation and editing. */
export interface PlannedMeeting extends MeetingInput {
  startsAt: string;
  endsAt: string;
}

/** Checks the meetings and the deadline; returns the meetings with their UTC instants, sorted. */
export function planMeetings(meetings: MeetingInput[], deadline: string): PlannedMeeting[] {
  const fields: FieldErrors = {};
  const planned: (PlannedMeeting & { index: number })[] = [];
  meetings.forEach((m, index) => {
    const start = parisToUtc(m.date, m.start);
    const end = parisToUtc(m.date, m.end);
    if (!start || !end) {
      fields[`meetings.${index}.start`] = msg(
        'Cette heure n’existe pas à Paris ce jour-là (changement d’heure).',
        'This time does not exist in Paris that day (clock change).',
      );
      return;
    }
    if (end.getTime() <= start.getTime()) {
      fields[`meetings.${index}.end`] = msg(
        'La rencontre doit finir après son début.',
        'The meeting must end after it starts.',
      );
      return;
    }
    planned.push({ ...m, index, startsAt: start.toISOString(), endsAt: end.toISOString() });
  });
  planned.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (let i = 1; i < planned.length; i++) {
    const prev = planned[i - 1]!;
    const cur = planned[i]!;
    if (cur.startsAt < prev.endsAt) {
      fields[`meetings.${cur.index}.start`] = msg(
        `Cette rencontre chevauche « ${prev.title} ».`,
        `This meeting overlaps "${prev.title}".`,
      );
    }
  }
  const last = planned.at(-1);
  if (last && new Date(deadline).getTime() > new Date(last.startsAt).getTime()) {
    fields.registrationDeadline = msg(
      'La date limite d’inscription doit précéder la dernière rencontre.',
      'The registration deadline must come before the last meeting.',
    );
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return planned.map(({ index: _index, ...m }) => m);
}

export async function assertCaseStudies(db: Db, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('projects')
    .select('id')
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  const known = new Set(found.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new ValidationError({
      [field]: msg(`Étude de cas introuvable : ${missing[0]}.`, `Case study not found: ${missing[0]}.`),
    });
}

export function sessionColumns(body: Omit<CreateSessionBody, 'organisationId' | 'meetings'>) {
  return {
    title: body.title,
    why: body.why,
    for_whom: body.forWhom,
    objectives: JSON.stringify(body.objectives),
    programme: body.programme,
    speakers: JSON.stringify(body.speakers),
    capacity: body.capacity,
    registration_deadline: new Date(body.registrationDeadline).toISOString(),
    membership_required: body.membershipRequired ? 1 : 0,
    contact: JSON.stringify(body.contact),
    method_page_ids: JSON.stringify(body.methodPageIds),
    case_study_project_ids: JSON.stringify(body.caseStudyProjectIds),
  };
}

export async function insertMeeting(
  trx: Db,
  sessionId: string,
  m: PlannedMeeting,
  now: string,
): Promise<void> {
  const id = randomUUID();
  await trx
    .insertInto('training_meetings')
    .values({
      id,
      session_id: sessionId,
      title: m.title,
      case_study_project_id: m.caseStudyProjectId,
      starts_at: m.startsAt,
      ends_at: m.endsAt,
      local_date: m.date,
      local_start: m.start,
      local_end: m.end,
      conference_url: m.conferenceUrl,
      ics_uid: `${id}@essaim`,
      ics_sequence: 0,
      cancelled_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
