import type { Migration } from '../migrator.ts';
import { blobType, withRecordColumns } from './column-types.ts';

/** Replicable models (a draft per model), their published versions (immutable transfer kits) and resource files. */
export const models: Migration = {
  name: '0500_models',
  async up(db, dialect) {
    await db.schema
      .createTable('models')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('draft', 'text', (c) => c.notNull())
      .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_at', 'text')
      .$call(withRecordColumns)
      .execute();
    await db.schema.createIndex('models_project').on('models').columns(['project_id']).execute();
    await db.schema.createIndex('models_published').on('models').columns(['published_at']).execute();

    await db.schema
      .createTable('model_versions')
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('change_note', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('resources', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.references('users.id'))
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('model_versions_pk', ['model_id', 'number'])
      .execute();

    await db.schema
      .createTable('model_resources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('data', blobType(dialect), (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema
      .createIndex('model_resources_model')
      .on('model_resources')
      .columns(['model_id', 'created_at'])
      .execute();
  },
};
