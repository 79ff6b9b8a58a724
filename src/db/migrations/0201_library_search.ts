import { sql } from 'kysely';
import type { Migration } from '../migrator.ts';
import { blobType } from './column-types.ts';

/**
 * Library, second step: full-text search in each engine over `projects.search_text` (normalised in the app by
 * src/core/search), facet values per project, case-study stories and project images.
 * - SQLite: an FTS5 table kept in sync by triggers; `project_search` maps each project to a stable integer
 *   document id (the projects table has a text key, and its implicit rowid may change on VACUUM).
 * - PostgreSQL: a generated tsvector column ('simple' configuration: the text is already normalised) with a GIN
 *   index.
 */
export const librarySearch: Migration = {
  name: '0201_library_search',
  async up(db, dialect) {
    await db.schema
      .alterTable('projects')
      .addColumn('search_title', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .alterTable('projects')
      .addColumn('has_kit', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('projects_updated').on('projects').columns(['updated_at', 'id']).execute();
    await db.schema
      .createIndex('projects_deleted')
      .on('projects')
      .columns(['organisation_id', 'deleted_at'])
      .execute();

    if (dialect === 'postgres') {
      await sql`alter table projects add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored`.execute(
        db,
      );
      await sql`create index projects_search_vector on projects using gin (search_vector)`.execute(db);
    } else {
      await sql`create table project_search (doc integer primary key, project_id text not null unique)`.execute(
        db,
      );
      await sql`create virtual table projects_fts using fts5(search_text, tokenize = 'unicode61 remove_diacritics 2')`.execute(
        db,
      );
      await sql`create trigger projects_fts_insert after insert on projects begin
        insert into project_search (project_id) values (new.id);
        insert into projects_fts (rowid, search_text) values (last_insert_rowid(), new.search_text);
      end`.execute(db);
      await sql`create trigger projects_fts_update after update of search_text on projects begin
        update projects_fts set search_text = new.search_text where rowid = (select doc from project_search where project_id = new.id);
      end`.execute(db);
      await sql`create trigger projects_fts_delete after delete on projects begin
        delete from projects_fts where rowid = (select doc from project_search where project_id = old.id);
        delete from project_search where project_id = old.id;
      end`.execute(db);
      // Rows written before this migration.
      await sql`insert into project_search (project_id) select id from projects`.execute(db);
      await sql`insert into projects_fts (rowid, search_text) select s.doc, p.search_text from projects p join project_search s on s.project_id = p.id`.execute(
        db,
      );
    }

    // One row per (project, facet, value): theme, region, departement, epci, phase, situation. Multi-valued facets
    // (a project on several territories) stay exact, and one GROUP BY counts every facet at once.
    await db.schema
      .createTable('project_facets')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_facets_pk', ['project_id', 'facet', 'value'])
      .execute();
    await db.schema
      .createIndex('project_facets_value')
      .on('project_facets')
      .columns(['facet', 'value', 'project_id'])
      .execute();

    await db.schema
      .createTable('project_stories')
      .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id'))
      .addColumn('introduction', 'text', (c) => c.notNull())
      .addColumn('lessons', 'text', (c) => c.notNull())
      .addColumn('failures', 'text', (c) => c.notNull())
      .addColumn('sources', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
    await db.schema
      .createTable('project_story_phases')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('decisions', 'text', (c) => c.notNull())
      .addColumn('kept', 'text', (c) => c.notNull())
      .addColumn('adapted', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_story_phases_pk', ['project_id', 'position'])
      .execute();

    await db.schema
      .createTable('project_images')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer')
      .addColumn('height', 'integer')
      .addColumn('alt', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('data', blobType(dialect), (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema
      .createIndex('project_images_project')
      .on('project_images')
      .columns(['project_id', 'position'])
      .execute();
  },
};
