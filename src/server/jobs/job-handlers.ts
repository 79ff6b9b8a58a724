import type { JobHandlers } from './jobs.ts';
import { MAIL_SEND_JOB } from '../mail/mail.service.ts';
import { sendMailJob } from '../mail/mail.sender.ts';
import { PLAN_REMINDERS_JOB, planRemindersJob } from '../plans/plans.reminders.ts';
import { INDICATOR_REMINDERS_JOB, indicatorRemindersJob } from '../indicators/reminders.ts';
import { OFFER_EXPIRY_JOB, offerExpiryJob } from '../training/registrations.service.ts';
import { LIBRARY_IMPORT_JOB, importJob } from '../library/import.jobs.ts';
import { LIBRARY_TRASH_PURGE_JOB, purgeTrashJob } from '../library/trash.jobs.ts';
import { MODEL_EXPORT_JOB, exportJob } from '../models/models.export-jobs.ts';

/**
 * Every background job kind and its handler. A capability that needs background work (exports, reminders,
 * imports) adds one line here; the server's worker and the tests run jobs through this table.
 */
export const jobHandlers: JobHandlers = {
  [MAIL_SEND_JOB]: sendMailJob,
  [PLAN_REMINDERS_JOB]: planRemindersJob,
  [OFFER_EXPIRY_JOB]: offerExpiryJob,
  [LIBRARY_IMPORT_JOB]: importJob,
  [LIBRARY_TRASH_PURGE_JOB]: purgeTrashJob,
  [INDICATOR_REMINDERS_JOB]: indicatorRemindersJob,
  [MODEL_EXPORT_JOB]: exportJob,
};
