import { z } from 'zod';
import { organisationKinds, territoryTypes } from './organisations.schemas.ts';

export const pageQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int('Nombre entier attendu.|Whole number expected.').min(1).max(100).default(50),
});
export const searchPageQuery = pageQuery.extend({ q: z.string().trim().max(200).optional() });
export const outboxQuery = pageQuery.extend({
  status: z.enum(['pending', 'sent', 'failed', 'kept']).optional(),
});
export const auditQuery = pageQuery.extend({
  action: z.string().max(100).optional(),
  userId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const adminUserView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  platformRole: z.enum(['user', 'facilitator', 'admin']),
  emailVerified: z.boolean(),
  disabled: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.string(),
});
export const adminUserUpdate = z.object({
  platformRole: z.enum(['user', 'facilitator', 'admin']).optional(),
  disabled: z.boolean().optional(),
});
export const adminOrganisationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  siren: z.string().nullable(),
  territoryCode: z.string().nullable(),
  territoryType: z.enum(territoryTypes).nullable(),
  memberCount: z.number(),
  deleted: z.boolean(),
  createdAt: z.string(),
});
export const outboxItemView = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  template: z.string().nullable(),
  language: z.enum(['fr', 'en']),
  status: z.enum(['pending', 'sent', 'failed', 'kept']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export const outboxDetailView = outboxItemView.extend({
  textBody: z.string(),
  htmlBody: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })),
  job: z
    .object({
      status: z.string(),
      attempts: z.number(),
      maxAttempts: z.number(),
      runAt: z.string(),
      lastError: z.string().nullable(),
    })
    .nullable(),
});
export const auditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  organisationId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export const userIdParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
export const outboxIdParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
