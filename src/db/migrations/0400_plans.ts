import type { Migration } from '../migrator.ts';

/** Scaling plans, their items (prerequisites, risks, safeguards, milestones, budget lines, partners), milestone dependencies, comments, history and the reminder opt-outs. */
export const plans: Migration = {
  name: '0400_plans',
  async up(db) {
    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('diagnostic_id', 'text', (c) => c.references('diagnostics.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('situation', 'text')
      .addColumn('strategy', 'text')
      .addColumn('strategy_ranking', 'text', (c) => c.notNull())
      .addColumn('objectives', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('plans_project').on('plans').columns(['project_id', 'created_at']).execute();

    await db.schema
      .createTable('plan_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('start_date', 'text')
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('source_ref', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('plan_items_plan')
      .on('plan_items')
      .columns(['plan_id', 'kind', 'position'])
      .execute();
    await db.schema
      .createIndex('plan_items_due')
      .on('plan_items')
      .columns(['due_date', 'owner_user_id'])
      .execute();

    await db.schema
      .createTable('plan_item_dependencies')
      .addColumn('item_id', 'text', (c) => c.notNull().references('plan_items.id'))
      .addColumn('depends_on_id', 'text', (c) => c.notNull().references('plan_items.id'))
      .addPrimaryKeyConstraint('plan_item_dependencies_pk', ['item_id', 'depends_on_id'])
      .execute();

    await db.schema
      .createTable('plan_item_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('item_id', 'text', (c) => c.notNull().references('plan_items.id'))
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('plan_item_comments_item')
      .on('plan_item_comments')
      .columns(['item_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('plan_history')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('item_id', 'text')
      .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('plan_history_plan').on('plan_history').columns(['plan_id', 'at']).execute();

    await db.schema
      .createTable('plan_reminder_opt_outs')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
