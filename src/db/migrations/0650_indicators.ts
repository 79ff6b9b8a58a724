import type { Migration } from '../migrator.ts';
import { floatType, withRecordColumns } from './column-types.ts';

/**
 * Indicators of a replication network: the carrier's dictionary per model, the values each site reports (baseline,
 * target, actual per period), and two tables maintained on every write, in the same transaction, so that the network
 * dashboard never aggregates raw values per request (1,000 sites x 10 indicators x 120 months is 1.2 million rows):
 * `indicator_rollups` (sum and count per indicator, kind and period) and `indicator_site_latest` (each site's latest
 * value per indicator and kind, for the comparison of sites and the late-reporting rule). Reporting links are stored
 * as a SHA-256 of their token only.
 */
export const indicators: Migration = {
  name: '0650_indicators',
  async up(db, dialect) {
    const float = floatType(dialect);
    await db.schema
      .createTable('indicators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('value_type', 'text', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('aggregation', 'text', (c) => c.notNull())
      .addColumn('higher_is_better', 'integer', (c) => c.notNull())
      .addColumn('no_personal_data', 'integer', (c) => c.notNull())
      .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull())
      .$call(withRecordColumns)
      .execute();
    await db.schema
      .createIndex('indicators_model')
      .on('indicators')
      .columns(['model_id', 'position'])
      .execute();

    await db.schema
      .createTable('indicator_values')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('value', float, (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    // One value per indicator, site, kind and period: the unique index refuses duplicates even under concurrency,
    // and serves the site's history and the latest-value refresh (ordered by period_start).
    await db.schema
      .createIndex('indicator_values_unique')
      .on('indicator_values')
      .columns(['indicator_id', 'site_id', 'kind', 'period_start'])
      .unique()
      .execute();
    await db.schema
      .createIndex('indicator_values_bucket')
      .on('indicator_values')
      .columns(['indicator_id', 'kind', 'period_start'])
      .execute();
    await db.schema
      .createIndex('indicator_values_site')
      .on('indicator_values')
      .columns(['site_id'])
      .execute();

    await db.schema
      .createTable('indicator_rollups')
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value_sum', float, (c) => c.notNull())
      .addColumn('value_count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('indicator_rollups_pk', ['indicator_id', 'kind', 'period_start'])
      .execute();

    await db.schema
      .createTable('indicator_site_latest')
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('value', float, (c) => c.notNull())
      .addPrimaryKeyConstraint('indicator_site_latest_pk', ['indicator_id', 'kind', 'site_id'])
      .execute();

    await db.schema
      .createTable('indicator_settings')
      .addColumn('model_id', 'text', (c) => c.primaryKey().references('models.id'))
      .addColumn('stalled_days', 'integer', (c) => c.notNull())
      .addColumn('grace_days', 'integer', (c) => c.notNull())
      .addColumn('reminders_enabled', 'integer', (c) => c.notNull())
      .addColumn('public_dashboard', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('indicator_reminder_opt_outs')
      .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id'))
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('indicator_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('model_id', 'text', (c) => c.notNull().references('models.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .execute();
    await db.schema.createIndex('indicator_links_site').on('indicator_links').columns(['site_id']).execute();
  },
};
