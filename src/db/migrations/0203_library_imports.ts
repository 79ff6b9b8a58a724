import type { Migration } from '../migrator.ts';
import { blobType } from './column-types.ts';

/**
 * Large imports run as background jobs: the uploaded file waits here until its job reads it (the file is dropped
 * once the job has finished), and the report (rejected rows, duplicates, counts) or the error is kept for whoever
 * follows the import. Progress is the job's own (`jobs.progress`).
 */
export const libraryImports: Migration = {
  name: '0203_library_imports',
  async up(db, dialect) {
    await db.schema
      .createTable('project_imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('dry_run', 'integer', (c) => c.notNull())
      .addColumn('accept_valid_rows', 'integer', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('file', blobType(dialect))
      .addColumn('job_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('report', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('project_imports_organisation')
      .on('project_imports')
      .columns(['organisation_id', 'created_at'])
      .execute();
  },
};
