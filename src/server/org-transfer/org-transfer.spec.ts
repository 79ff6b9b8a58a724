/**
 * What an organisation export holds, table by table: which rows belong to the organisation (`scope`), which
 * columns point at other records (`refs`) and what the import does when such a record is not on the target
 * (`missing`: clear the column, or drop the row). `org-transfer.spec.test.ts` checks this list against the
 * database's own foreign keys, so a new table or column cannot be forgotten silently.
 *
 * Order matters: a table comes after every table it is scoped by, so the import inserts parents first and a row
 * dropped for a missing reference drops its children too.
 */
export type Missing = 'null' | 'drop';

export interface Ref {
  column: string;
  /** The table the id belongs to; `users` are the archive's people. A function for polymorphic columns. */
  table: string | ((row: Record<string, unknown>) => string);
  missing: Missing;
}

export interface TableSpec {
  table: string;
  /** A row belongs to the export when any of these columns holds an id of the named, already exported table. */
  scope: { column: string; of: string }[];
  refs: Ref[];
  /** Columns rendered as Markdown: checked with the library's rules on import, like any other write. */
  markdown?: string[];
  /** Columns given a fresh random value on import (capability tokens must not be reused). */
  renew?: string[];
}

const user = (column: string, missing: Missing = 'null'): Ref => ({ column, table: 'users', missing });
const drop = (column: string, table: string): Ref => ({ column, table, missing: 'drop' });
const clear = (column: string, table: string): Ref => ({ column, table, missing: 'null' });
const by = (column: string, of: string) => [{ column, of }];

export const ORGANISATION_TABLE = 'organisations';

export const TABLES: TableSpec[] = [
  { table: 'organisations', scope: [], refs: [user('created_by')] },
  {
    table: 'memberships',
    scope: by('organisation_id', 'organisations'),
    refs: [drop('organisation_id', 'organisations'), user('user_id', 'drop')],
  },
  {
    table: 'projects',
    scope: by('organisation_id', 'organisations'),
    refs: [drop('organisation_id', 'organisations'), user('created_by')],
    markdown: ['description'],
  },
  {
    table: 'project_territories',
    scope: by('project_id', 'projects'),
    refs: [drop('project_id', 'projects')],
  },
  {
    table: 'project_shares',
    scope: by('project_id', 'projects'),
    refs: [drop('project_id', 'projects'), drop('organisation_id', 'organisations')],
  },
  { table: 'project_facets', scope: by('project_id', 'projects'), refs: [drop('project_id', 'projects')] },
  {
    table: 'project_stories',
    scope: by('project_id', 'projects'),
    refs: [drop('project_id', 'projects'), user('updated_by')],
    markdown: ['introduction'],
  },
  {
    table: 'project_story_phases',
    scope: by('project_id', 'projects'),
    refs: [drop('project_id', 'projects')],
    markdown: ['description'],
  },
  {
    table: 'project_images',
    scope: by('project_id', 'projects'),
    refs: [drop('project_id', 'projects'), user('created_by')],
  },
  {
    table: 'project_imports',
    scope: by('organisation_id', 'organisations'),
    refs: [drop('organisation_id', 'organisations'), user('created_by', 'drop')],
  },
  {
    table: 'diagnostics',
    scope: by('organisation_id', 'organisations'),
    refs: [
      drop('organisation_id', 'organisations'),
      drop('project_id', 'projects'),
      clear('model_project_id', 'projects'),
      user('created_by', 'drop'),
      user('completed_by'),
      user('deleted_by'),
    ],
  },
  {
    table: 'diagnostic_shares',
    scope: by('diagnostic_id', 'diagnostics'),
    refs: [
      drop('diagnostic_id', 'diagnostics'),
      {
        column: 'target_id',
        table: (row) => (row.target_type === 'user' ? 'users' : 'organisations'),
        missing: 'drop',
      },
      user('created_by', 'drop'),
    ],
  },
  {
    table: 'plans',
    scope: by('organisation_id', 'organisations'),
    refs: [
      drop('organisation_id', 'organisations'),
      drop('project_id', 'projects'),
      clear('diagnostic_id', 'diagnostics'),
      user('created_by', 'drop'),
      user('updated_by', 'drop'),
    ],
  },
  {
    table: 'plan_items',
    scope: by('plan_id', 'plans'),
    refs: [
      drop('plan_id', 'plans'),
      user('owner_user_id'),
      user('created_by', 'drop'),
      user('updated_by', 'drop'),
    ],
  },
  {
    table: 'plan_item_dependencies',
    scope: by('item_id', 'plan_items'),
    refs: [drop('item_id', 'plan_items'), drop('depends_on_id', 'plan_items')],
  },
  {
    table: 'plan_item_comments',
    scope: by('plan_id', 'plans'),
    refs: [drop('plan_id', 'plans'), drop('item_id', 'plan_items'), user('author_user_id', 'drop')],
  },
  {
    table: 'plan_history',
    scope: by('plan_id', 'plans'),
    refs: [drop('plan_id', 'plans'), clear('item_id', 'plan_items'), user('actor_user_id')],
  },
  {
    table: 'models',
    scope: by('organisation_id', 'organisations'),
    refs: [
      drop('organisation_id', 'organisations'),
      drop('project_id', 'projects'),
      user('created_by'),
      user('updated_by'),
    ],
  },
  {
    table: 'model_versions',
    scope: by('model_id', 'models'),
    refs: [drop('model_id', 'models'), user('published_by')],
  },
  {
    table: 'model_resources',
    scope: by('model_id', 'models'),
    refs: [drop('model_id', 'models'), user('created_by')],
  },
  {
    table: 'indicator_settings',
    scope: by('model_id', 'models'),
    refs: [drop('model_id', 'models'), user('updated_by')],
  },
  {
    table: 'indicators',
    scope: by('organisation_id', 'organisations'),
    refs: [
      drop('organisation_id', 'organisations'),
      drop('model_id', 'models'),
      user('created_by'),
      user('updated_by'),
    ],
  },
  {
    table: 'site_requests',
    scope: [
      { column: 'organisation_id', of: 'organisations' },
      { column: 'carrier_organisation_id', of: 'organisations' },
    ],
    refs: [
      drop('organisation_id', 'organisations'),
      drop('carrier_organisation_id', 'organisations'),
      drop('model_id', 'models'),
      clear('diagnostic_id', 'diagnostics'),
      clear('site_id', 'sites'),
      user('decided_by'),
      user('created_by'),
    ],
  },
  {
    table: 'sites',
    scope: [
      { column: 'organisation_id', of: 'organisations' },
      { column: 'carrier_organisation_id', of: 'organisations' },
    ],
    refs: [
      drop('organisation_id', 'organisations'),
      drop('carrier_organisation_id', 'organisations'),
      drop('model_id', 'models'),
      clear('request_id', 'site_requests'),
      user('created_by'),
      user('updated_by'),
    ],
  },
  {
    table: 'site_messages',
    scope: [
      { column: 'request_id', of: 'site_requests' },
      { column: 'site_id', of: 'sites' },
    ],
    refs: [
      clear('request_id', 'site_requests'),
      clear('site_id', 'sites'),
      drop('author_organisation_id', 'organisations'),
      user('author_user_id'),
    ],
  },
  {
    table: 'site_stage_changes',
    scope: by('site_id', 'sites'),
    refs: [drop('site_id', 'sites'), user('changed_by')],
  },
  {
    table: 'site_adaptations',
    scope: by('site_id', 'sites'),
    refs: [drop('site_id', 'sites'), user('updated_by')],
  },
  {
    table: 'site_steps',
    scope: by('site_id', 'sites'),
    refs: [drop('site_id', 'sites'), user('updated_by')],
  },
  {
    table: 'site_documents',
    scope: by('site_id', 'sites'),
    refs: [drop('site_id', 'sites'), user('created_by')],
  },
  {
    table: 'indicator_reminder_opt_outs',
    scope: by('site_id', 'sites'),
    refs: [drop('site_id', 'sites'), user('created_by')],
  },
  {
    table: 'indicator_values',
    scope: [
      { column: 'site_id', of: 'sites' },
      { column: 'indicator_id', of: 'indicators' },
    ],
    refs: [drop('site_id', 'sites'), drop('indicator_id', 'indicators'), user('created_by')],
  },
  {
    table: 'training_sessions',
    scope: by('organisation_id', 'organisations'),
    refs: [drop('organisation_id', 'organisations'), user('created_by', 'drop')],
    renew: ['feed_token'],
  },
  {
    table: 'training_meetings',
    scope: by('session_id', 'training_sessions'),
    refs: [drop('session_id', 'training_sessions'), clear('case_study_project_id', 'projects')],
  },
  {
    table: 'training_registrations',
    scope: by('session_id', 'training_sessions'),
    refs: [
      drop('session_id', 'training_sessions'),
      user('user_id', 'drop'),
      clear('organisation_id', 'organisations'),
      clear('project_id', 'projects'),
    ],
  },
  {
    table: 'training_attendance',
    scope: by('registration_id', 'training_registrations'),
    refs: [drop('registration_id', 'training_registrations'), drop('meeting_id', 'training_meetings')],
  },
  {
    table: 'training_surveys',
    scope: by('session_id', 'training_sessions'),
    refs: [drop('session_id', 'training_sessions'), user('user_id', 'drop')],
  },
  {
    table: 'training_resources',
    scope: by('session_id', 'training_sessions'),
    refs: [drop('session_id', 'training_sessions'), user('created_by', 'drop')],
  },
  {
    table: 'facilitator_follows',
    scope: by('organisation_id', 'organisations'),
    refs: [
      drop('organisation_id', 'organisations'),
      drop('project_id', 'projects'),
      user('facilitator_user_id', 'drop'),
      user('invited_by', 'drop'),
    ],
  },
];

/** Tables deliberately left out, with the reason (checked by the spec test: every table is in one list). */
export const EXCLUDED: Record<string, string> = {
  users: 'people travel as id, e-mail, display name and language only (people.json)',
  sessions: 'sign-in sessions are secrets of the source instance',
  auth_tokens: 'single-use links (invitations, resets) are secrets of the source instance',
  outbox: 'e-mails already sent or queued on the source instance',
  jobs: 'background work of the source instance',
  audit_log: 'the source instance’s log; the import writes its own entry',
  rate_limits: 'counters of the source instance',
  demo_seeds: 'instance bookkeeping',
  essaim_migrations: 'instance bookkeeping (the manifest names the migration level)',
  model_exports: 'generated files of a kit, made again on request',
  indicator_rollups: 'recomputed from the values on import',
  indicator_site_latest: 'recomputed from the values on import',
  indicator_links: 'upload links carry secret tokens: sites are sent new ones',
  plan_reminder_opt_outs: 'a person’s own preference, not the organisation’s',
  project_search: 'search index, rebuilt by the database',
  projects_fts: 'search index, rebuilt by the database',
  projects_fts_config: 'search index',
  projects_fts_content: 'search index',
  projects_fts_data: 'search index',
  projects_fts_docsize: 'search index',
  projects_fts_idx: 'search index',
  library_generation: 'the instance’s search cache counter',
  network_generation: 'the instance’s network dashboard cache counters',
  network_generation_pending: 'PostgreSQL only: the network dashboard counters to move at commit',
};

export function specOf(table: string): TableSpec | undefined {
  return TABLES.find((t) => t.table === table);
}
