import type { Migration } from '../migrator.ts';
import { blobType } from './column-types.ts';

/** Training sessions, meetings, registrations, attendance, surveys, resources and facilitators following projects. */
export const training: Migration = {
  name: '0700_training',
  async up(db, dialect) {
    const blob = blobType(dialect);
    await db.schema
      .createTable('training_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('why', 'text', (c) => c.notNull())
      .addColumn('for_whom', 'text', (c) => c.notNull())
      .addColumn('objectives', 'text', (c) => c.notNull())
      .addColumn('programme', 'text', (c) => c.notNull())
      .addColumn('speakers', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('registration_deadline', 'text', (c) => c.notNull())
      .addColumn('membership_required', 'integer', (c) => c.notNull())
      .addColumn('membership_form', blob)
      .addColumn('membership_form_name', 'text')
      .addColumn('membership_form_type', 'text')
      .addColumn('contact', 'text', (c) => c.notNull())
      .addColumn('method_page_ids', 'text', (c) => c.notNull())
      .addColumn('case_study_project_ids', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('feed_token', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('training_sessions_status')
      .on('training_sessions')
      .columns(['status', 'registration_deadline'])
      .execute();

    await db.schema
      .createTable('training_meetings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('case_study_project_id', 'text')
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('local_date', 'text', (c) => c.notNull())
      .addColumn('local_start', 'text', (c) => c.notNull())
      .addColumn('local_end', 'text', (c) => c.notNull())
      .addColumn('conference_url', 'text')
      .addColumn('ics_uid', 'text', (c) => c.notNull().unique())
      .addColumn('ics_sequence', 'integer', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('training_meetings_session')
      .on('training_meetings')
      .columns(['session_id', 'starts_at'])
      .execute();

    await db.schema
      .createTable('training_registrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('project_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('membership_confirmed', 'integer', (c) => c.notNull())
      .addColumn('share_consent', 'integer', (c) => c.notNull())
      .addColumn('offer_expires_at', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('training_registrations_one_per_user', ['session_id', 'user_id'])
      .execute();
    await db.schema
      .createIndex('training_registrations_status')
      .on('training_registrations')
      .columns(['session_id', 'status', 'position'])
      .execute();
    await db.schema
      .createIndex('training_registrations_user')
      .on('training_registrations')
      .columns(['user_id'])
      .execute();

    await db.schema
      .createTable('training_attendance')
      .addColumn('registration_id', 'text', (c) => c.notNull().references('training_registrations.id'))
      .addColumn('meeting_id', 'text', (c) => c.notNull().references('training_meetings.id'))
      .addColumn('present', 'integer', (c) => c.notNull())
      .addColumn('marked_by_kind', 'text', (c) => c.notNull())
      .addColumn('marked_by', 'text', (c) => c.notNull())
      .addColumn('marked_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_attendance_pk', ['registration_id', 'meeting_id'])
      .execute();

    await db.schema
      .createTable('training_surveys')
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_surveys_pk', ['session_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('training_resources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('file', blob)
      .addColumn('file_name', 'text')
      .addColumn('file_type', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('training_resources_session')
      .on('training_resources')
      .columns(['session_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('facilitator_follows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('facilitator_user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('notes_updated_at', 'text')
      .execute();
    await db.schema
      .createIndex('facilitator_follows_user')
      .on('facilitator_follows')
      .columns(['facilitator_user_id', 'ended_at'])
      .execute();
    await db.schema
      .createIndex('facilitator_follows_project')
      .on('facilitator_follows')
      .columns(['project_id'])
      .execute();
  },
};
