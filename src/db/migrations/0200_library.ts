import type { Migration } from '../migrator.ts';

/** Project records, their territories (for facets and the map) and the organisations they are shared with. */
export const library: Migration = {
  name: '0200_library',
  async up(db) {
    await db.schema
      .createTable('projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('themes', 'text', (c) => c.notNull())
      .addColumn('publics', 'text', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('phase_status', 'text', (c) => c.notNull())
      .addColumn('scaling_situation', 'text')
      .addColumn('key_figures', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('contacts', 'text', (c) => c.notNull())
      .addColumn('links', 'text', (c) => c.notNull())
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('is_case_study', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_fictional', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('source', 'text')
      .addColumn('imported_at', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('deleted_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('projects_organisation')
      .on('projects')
      .columns(['organisation_id', 'updated_at'])
      .execute();
    await db.schema
      .createIndex('projects_public')
      .on('projects')
      .columns(['visibility', 'status', 'updated_at'])
      .execute();

    await db.schema
      .createTable('project_territories')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('departement', 'text')
      .addColumn('region', 'text')
      .addPrimaryKeyConstraint('project_territories_pk', ['project_id', 'type', 'code'])
      .execute();
    await db.schema
      .createIndex('project_territories_departement')
      .on('project_territories')
      .columns(['departement', 'project_id'])
      .execute();
    await db.schema
      .createIndex('project_territories_region')
      .on('project_territories')
      .columns(['region', 'project_id'])
      .execute();

    await db.schema
      .createTable('project_shares')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addPrimaryKeyConstraint('project_shares_pk', ['project_id', 'organisation_id'])
      .execute();
    await db.schema
      .createIndex('project_shares_organisation')
      .on('project_shares')
      .column('organisation_id')
      .execute();
  },
};
