import type { Migration } from '../migrator.ts';

/**
 * What issue 3 needed beyond the first accounts tables: the outbox remembers its template, its sending job and when
 * the next attempt is due (so administrators see retries); links carry data (OpenID Connect state) and can be
 * revoked (invitations); users keep the SIRET their OpenID provider last gave.
 */
export const accountsOutbox: Migration = {
  name: '0101_accounts_outbox',
  async up(db) {
    await db.schema.alterTable('outbox').addColumn('template', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('job_id', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute();
    await db.schema.alterTable('auth_tokens').addColumn('data', 'text').execute();
    await db.schema.alterTable('auth_tokens').addColumn('revoked_at', 'text').execute();
    await db.schema.alterTable('users').addColumn('oidc_siret', 'text').execute();
    await db.schema.createIndex('auth_tokens_user').on('auth_tokens').columns(['user_id', 'kind']).execute();
    await db.schema.createIndex('users_created').on('users').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  },
};
