import type { Migration } from '../migrator.ts';

/** Diagnostics (answers, authorship, stored result) and their shares with facilitators and organisations. */
export const diagnostics: Migration = {
  name: '0300_diagnostics',
  async up(db) {
    await db.schema
      .createTable('diagnostics')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('instrument_id', 'text', (c) => c.notNull())
      .addColumn('instrument_version', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('answer_authors', 'text', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('engine_version', 'integer')
      .addColumn('completed_at', 'text')
      .addColumn('completed_by', 'text', (c) => c.references('users.id'))
      .addColumn('model_ref', 'text')
      .addColumn('model_project_id', 'text', (c) => c.references('projects.id'))
      .addColumn('territory_type', 'text')
      .addColumn('territory_code', 'text')
      .addColumn('territory_facts', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('deleted_by', 'text', (c) => c.references('users.id'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('diagnostics_project')
      .on('diagnostics')
      .columns(['project_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('diagnostics_organisation')
      .on('diagnostics')
      .columns(['organisation_id', 'updated_at'])
      .execute();

    await db.schema
      .createTable('diagnostic_shares')
      .addColumn('diagnostic_id', 'text', (c) => c.notNull().references('diagnostics.id'))
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('diagnostic_shares_pk', ['diagnostic_id', 'target_type', 'target_id'])
      .execute();
    await db.schema
      .createIndex('diagnostic_shares_target')
      .on('diagnostic_shares')
      .columns(['target_type', 'target_id'])
      .execute();
  },
};
