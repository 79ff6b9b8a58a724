import type { Migration } from '../migrator.ts';

/** Platform tables every capability relies on: demo seeding, durable jobs, audit log, shared rate-limit counters. */
export const foundation: Migration = {
  name: '0001_foundation',
  async up(db) {
    await db.schema
      .createTable('demo_seeds')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('locked_at', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('last_error', 'text')
      .addColumn('result', 'text')
      .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The worker asks "what is due?" every second: status + run_at answers it from the index.
    await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_user_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('organisation_id', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .execute();
    await db.schema
      .createIndex('audit_log_subject')
      .on('audit_log')
      .columns(['subject_type', 'subject_id', 'at'])
      .execute();
    await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_user_id', 'at']).execute();

    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
  },
};
