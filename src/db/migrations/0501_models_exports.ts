import type { Migration } from '../migrator.ts';
import { blobType } from './column-types.ts';

/**
 * Exports of a published kit run as background jobs when they are large: the result waits here until whoever asked
 * downloads it, and is deleted once `expires_at` has passed. Progress is the job's own (`jobs.progress`). One row
 * may serve everyone who asks for the same version, format and language while it lasts: the version never changes.
 */
export const modelsExports: Migration = {
  name: '0501_models_exports',
  async up(db, dialect) {
    await db.schema
      .createTable('model_exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('job_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text')
      .addColumn('content_type', 'text')
      .addColumn('size', 'integer')
      .addColumn('data', blobType(dialect))
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('model_exports_version')
      .on('model_exports')
      .columns(['model_id', 'number', 'format', 'lang'])
      .execute();
    await db.schema.createIndex('model_exports_expiry').on('model_exports').column('expires_at').execute();
  },
};
