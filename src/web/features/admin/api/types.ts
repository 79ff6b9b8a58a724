// Wire types of the administration API (`/api/v1/admin/...`, platform administrators only).
import type { OrganisationKind, PlatformRole } from '../../accounts/api/types.ts';

/** A page of results; `nextCursor` is null on the last page. */
export type Page<T> = { items: T[]; nextCursor?: string | null };

export type AdminUser = {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  emailVerified: boolean;
  disabled: boolean;
  deleted?: boolean;
  createdAt: string;
};

export type AdminUserUpdate = { platformRole?: PlatformRole; disabled?: boolean };

export type AdminOrganisation = {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  territoryCode: string | null;
  territoryType?: 'commune' | 'epci' | 'departement' | 'region' | null;
  territoryName?: string | null;
  memberCount?: number;
  deleted?: boolean;
  createdAt: string;
};

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept';

export type OutboxSummary = {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
  template?: string | null;
  language?: 'fr' | 'en';
  nextAttemptAt?: string | null;
};

export type OutboxMessage = OutboxSummary & {
  textBody: string;
  htmlBody: string;
  attachments?: { filename: string; contentType: string; size: number }[];
};

export type AuditEntry = {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName?: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  organisationId?: string | null;
  ip: string | null;
  details?: unknown;
};
