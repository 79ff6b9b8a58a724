import type { Migration } from '../migrator.ts';
import { blobType } from './column-types.ts';

/**
 * The collaboration around a replication site: requests from a published kit (with the carrier's decision), the
 * message thread, the history of stage changes, adaptations of the kit's elements, the kit's steps as a checklist,
 * and documents. The `sites` row itself (0600) is unchanged; two columns are added: the request it came from and a
 * note saying which parts of a demo row are simulated.
 */
export const sitesCollaboration: Migration = {
  name: '0601_sites_collaboration',
  async up(db, dialect) {
    await db.schema.alterTable('sites').addColumn('request_id', 'text').execute();
    await db.schema.alterTable('sites').addColumn('data_note', 'text').execute();

    await db.schema
      .createTable('site_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('model_version', 'integer', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('carrier_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('territory_codes', 'text', (c) => c.notNull())
      .addColumn('motivation', 'text', (c) => c.notNull())
      .addColumn('diagnostic_id', 'text')
      .addColumn('diagnostic_summary', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decision_reason', 'text')
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decided_at', 'text')
      .addColumn('site_id', 'text')
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('site_requests_carrier')
      .on('site_requests')
      .columns(['carrier_organisation_id', 'status'])
      .execute();
    await db.schema
      .createIndex('site_requests_organisation')
      .on('site_requests')
      .columns(['organisation_id'])
      .execute();

    await db.schema
      .createTable('site_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text')
      .addColumn('site_id', 'text')
      .addColumn('author_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('author_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('site_messages_request')
      .on('site_messages')
      .columns(['request_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('site_messages_site')
      .on('site_messages')
      .columns(['site_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('site_stage_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('from_stage', 'text')
      .addColumn('to_stage', 'text', (c) => c.notNull())
      .addColumn('communs_phase', 'text', (c) => c.notNull())
      .addColumn('communs_status', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('changed_by', 'text', (c) => c.references('users.id'))
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('site_stage_changes_site')
      .on('site_stage_changes')
      .columns(['site_id', 'changed_at'])
      .execute();

    await db.schema
      .createTable('site_adaptations')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('element_id', 'text', (c) => c.notNull())
      .addColumn('element_kind', 'text', (c) => c.notNull())
      .addColumn('choice', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addPrimaryKeyConstraint('site_adaptations_pk', ['site_id', 'element_id'])
      .execute();

    await db.schema
      .createTable('site_steps')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('phase_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text')
      .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('done_at', 'text')
      .addColumn('updated_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addPrimaryKeyConstraint('site_steps_pk', ['site_id', 'task_id'])
      .execute();

    await db.schema
      .createTable('site_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
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
    await db.schema.createIndex('site_documents_site').on('site_documents').columns(['site_id']).execute();
  },
};
