import { z } from 'zod';

/** Schemas of the training sessions API. Meeting dates and times are Europe/Paris wall-clock (`2027-01-15`, `10:00`). */
const uuid = z.uuid('Identifiant invalide.|Invalid identifier.');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.|Expected date as YYYY-MM-DD.');
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure attendue au format HH:MM.|Expected time as HH:MM.');
const text = (max: number) => z.string().trim().max(max);
const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Lien en https:// attendu.|An https:// link is expected.');

export const sessionParams = z.object({ id: uuid });
export const meetingParams = z.object({ id: uuid, meetingId: uuid });
export const registrationParams = z.object({ id: uuid, registrationId: uuid });
export const feedParams = z.object({
  id: uuid,
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Jeton invalide.|Invalid token.'),
});

export const speaker = z.object({
  name: text(200).default(''),
  role: text(300).min(1, 'Indiquez le rôle.|Give the role.'),
  organisation: text(300).default(''),
});
export const contact = z.object({
  name: text(200).default(''),
  phone: text(40).default(''),
  email: z.union([z.literal(''), z.email('Adresse invalide.|Invalid address.')]).default(''),
});

export const meetingInput = z.object({
  id: uuid.optional().describe('Keep an existing meeting (its calendar UID); omit for a new one.'),
  title: z.string().trim().min(1, 'Un titre est nécessaire.|A title is needed.').max(300),
  date,
  start: time,
  end: time,
  caseStudyProjectId: uuid.nullable().default(null),
  conferenceUrl: httpsUrl.nullable().default(null),
});

const sessionFields = {
  organisationId: uuid,
  title: z.string().trim().min(1, 'Un titre est nécessaire.|A title is needed.').max(300),
  why: text(10000).default(''),
  forWhom: text(5000).default(''),
  objectives: z.array(text(1000).min(1)).max(30).default([]),
  programme: text(20000).default(''),
  speakers: z.array(speaker).max(30).default([]),
  capacity: z.number().int().min(1, 'Au moins une place.|At least one place.').max(100000),
  registrationDeadline: z.iso.datetime({
    offset: true,
    message: 'Date et heure ISO attendues.|ISO date-time expected.',
  }),
  membershipRequired: z.boolean().default(false),
  contact: contact.default({ name: '', phone: '', email: '' }),
  methodPageIds: z.array(text(200).min(1)).max(50).default([]),
  caseStudyProjectIds: z.array(uuid).max(50).default([]),
  meetings: z.array(meetingInput).min(1, 'Au moins une rencontre.|At least one meeting.').max(50),
};

export const createSessionBody = z.object(sessionFields);
export const updateSessionBody = createSessionBody
  .omit({ organisationId: true })
  .extend({ version: z.number().int() });
export const statusBody = z.object({
  status: z.enum(['draft', 'published', 'closed', 'archived']),
  version: z.number().int(),
});

export const listQuery = z.object({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  drafts: z.enum(['true', 'false']).optional(),
});

export const registerBody = z.object({
  organisationId: uuid.nullable().default(null),
  projectId: uuid.nullable().default(null),
  shareConsent: z.boolean().default(false),
});
export const facilitatorActionBody = z.object({
  action: z.enum(['confirm-membership', 'refuse', 'move-to-waitlist', 'move-to-confirmed']),
  reason: text(1000).default(''),
});
export const attendanceBody = z.object({
  marks: z
    .array(z.object({ registrationId: uuid, meetingId: uuid, present: z.boolean() }))
    .min(1)
    .max(5000),
});
export const surveyBody = z.object({
  overall: z.number().int().min(1, 'Entre 1 et 5.|Between 1 and 5.').max(5, 'Entre 1 et 5.|Between 1 and 5.'),
  usefulness: z
    .number()
    .int()
    .min(1, 'Entre 1 et 5.|Between 1 and 5.')
    .max(5, 'Entre 1 et 5.|Between 1 and 5.'),
  recommend: z.boolean(),
  comment: text(3000).default(''),
});
const resourceTitle = z
  .string()
  .trim()
  .min(1, 'Donnez un titre.|Give a title.')
  .max(300, '300 caractères au plus.|300 characters at most.');
export const resourceBody = z.object({
  kind: z.enum(['link', 'replay'], 'Lien ou rediffusion attendu.|Link or replay expected.'),
  title: resourceTitle,
  url: httpsUrl,
});
export const resourceParams = z.object({ id: uuid, resourceId: uuid });
export const resourceFileQuery = z.object({ title: resourceTitle });
export const followBody = z.object({ facilitatorEmail: z.email('Adresse invalide.|Invalid address.') });
export const notesBody = z.object({ notes: text(20000) });

export type CreateSessionBody = z.output<typeof createSessionBody>;
export type MeetingInput = z.output<typeof meetingInput>;
