import type { Migration } from '../migrator.ts';
import { withRecordColumns } from './column-types.ts';

/**
 * Replication sites: one row per place where a published model is reproduced. This table is the contract shared by
 * the sites capability (requests, adaptations, checklist, messages: later 060x migrations) and the indicators
 * capability (dictionary, values, dashboard: 065x migrations), which only rely on the columns below.
 */
export const sites: Migration = {
  name: '0600_sites',
  async up(db) {
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('model_version', 'integer', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('carrier_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('territory_codes', 'text', (c) => c.notNull())
      .addColumn('departement', 'text')
      .addColumn('region', 'text')
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('communs_phase', 'text', (c) => c.notNull())
      .addColumn('communs_status', 'text', (c) => c.notNull())
      .addColumn('stage_changed_at', 'text', (c) => c.notNull())
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
      .$call(withRecordColumns)
      .execute();
    await db.schema.createIndex('sites_model_stage').on('sites').columns(['model_id', 'stage']).execute();
    await db.schema.createIndex('sites_organisation').on('sites').columns(['organisation_id']).execute();
    await db.schema
      .createIndex('sites_carrier')
      .on('sites')
      .columns(['carrier_organisation_id', 'model_id'])
      .execute();
  },
};
