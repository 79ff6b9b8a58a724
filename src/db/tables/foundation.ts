import type { Generated } from 'kysely';

export interface MigrationTable {
  name: string;
  applied_at: string;
}

/** Which demo-content seeders already ran: each seeds once, even across restarts. */
export interface DemoSeedTable {
  name: string;
  applied_at: string;
}

/** Durable background work (e-mails, reminders, exports), claimed by one process at a time. */
export interface JobTable {
  id: string;
  kind: string;
  payload: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  result: string | null;
  progress: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** Who changed what, when: every change to a shared record and every permission change. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  organisation_id: string | null;
  details: string;
  ip: string | null;
}

/** Fixed-window counters shared by every instance (rate limits must not live in process memory). */
export interface RateLimitTable {
  key: string;
  window_start: string;
  count: number;
}

export interface FoundationTables {
  essaim_migrations: MigrationTable;
  demo_seeds: DemoSeedTable;
  jobs: JobTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitTable;
}
