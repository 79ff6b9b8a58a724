import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { enqueueJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import { queueMail } from '../mail/mail.service.ts';
import { CLOSED_STATUSES } from '../../core/plans/plan.types.ts';
import { addDays, dueState, parisDay, parisTimeOn } from '../../core/plans/paris-day.ts';

/**
 * The daily reminder: each owner of a plan item due within 7 days, or overdue, receives one e-mail listing them,
 * unless they opted out. Days are Paris calendar days (a due date is a day in France). The job schedules its next
 * run (next day, 06:00 in Paris) in the same transaction as the mails it
 * queues, so a day is either fully sent or retried as a whole.
 */
export const PLAN_REMINDERS_JOB = 'plans.reminders';
const HORIZON_DAYS = 7;

const RUN_HOUR_IN_PARIS = 6;

/** 06:00 in Paris on the Paris day after `now`. */
export function nextRunAfter(now: Date): Date {
  return parisTimeOn(addDays(parisDay(now), 1), RUN_HOUR_IN_PARIS);
}

/** Makes sure one reminder job is pending (called when a plan is created). */
export async function ensureReminderJob(db: Db, now: Date): Promise<void> {
  const pending = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', PLAN_REMINDERS_JOB)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  if (!pending) await enqueueJob(db, PLAN_REMINDERS_JOB, {}, { now, runAt: nextRunAfter(now) });
}

export interface DueItem {
  itemId: string;
  planId: string;
  planTitle: string;
  title: string;
  dueDate: string;
  ownerId: string;
  email: string;
  language: 'fr' | 'en';
  displayName: string;
}

/** Open items of live plans, due by today + 7 days (Paris days), whose owner has not opted out. */
export async function findDueItems(db: Db, now: Date): Promise<DueItem[]> {
  const horizon = addDays(parisDay(now), HORIZON_DAYS);
  const rows = await db
    .selectFrom('plan_items')
    .innerJoin('plans', 'plans.id', 'plan_items.plan_id')
    .innerJoin('users', 'users.id', 'plan_items.owner_user_id')
    .leftJoin('plan_reminder_opt_outs', 'plan_reminder_opt_outs.user_id', 'users.id')
    .select([
      'plan_items.id',
      'plan_items.plan_id',
      'plans.title as plan_title',
      'plan_items.title',
      'plan_items.due_date',
      'users.id as owner_id',
      'users.email',
      'users.language',
      'users.display_name',
    ])
    .where('plan_items.deleted_at', 'is', null)
    .where('plans.deleted_at', 'is', null)
    .where('plans.status', '!=', 'archived')
    .where('users.deleted_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .where('plan_reminder_opt_outs.user_id', 'is', null)
    .where('plan_items.status', 'not in', [...CLOSED_STATUSES])
    .where('plan_items.due_date', 'is not', null)
    .where('plan_items.due_date', '<=', horizon)
    .orderBy('users.id')
    .orderBy('plan_items.due_date')
    .limit(10_000)
    .execute();
  return rows.map((r) => ({
    itemId: r.id,
    planId: r.plan_id,
    planTitle: r.plan_title,
    title: r.title,
    dueDate: r.due_date!,
    ownerId: r.owner_id,
    email: r.email,
    language: r.language,
    displayName: r.display_name,
  }));
}

export async function sendPlanReminders(ctx: AppContext): Promise<{ recipients: number; items: number }> {
  const now = ctx.now();
  const today = parisDay(now);
  const items = await findDueItems(ctx.db, now);
  const byOwner = new Map<string, DueItem[]>();
  for (const item of items) byOwner.set(item.ownerId, [...(byOwner.get(item.ownerId) ?? []), item]);
  const base = ctx.env.PUBLIC_URL.replace(/\/$/, '');
  await ctx.db.transaction().execute(async (trx) => {
    for (const list of byOwner.values()) {
      const first = list[0];
      const late = (i: DueItem) => dueState(i.dueDate, today, HORIZON_DAYS) === 'overdue';
      const overdue = list.filter(late).length;
      const line = (i: DueItem, lang: 'fr' | 'en') =>
        lang === 'fr'
          ? `${late(i) ? 'En retard' : 'À faire'} pour le ${i.dueDate} : ${i.title} (${i.planTitle})`
          : `${late(i) ? 'Overdue' : 'Due'} on ${i.dueDate}: ${i.title} (${i.planTitle})`;
      await queueMail(
        trx,
        {
          to: first.email,
          language: first.language,
          template: 'notification',
          data: {
            subject: {
              fr: `Feuille de route : ${list.length} élément${list.length > 1 ? 's' : ''} à suivre${overdue > 0 ? `, dont ${overdue} en retard` : ''}`,
              en: `Scaling plan: ${list.length} item${list.length > 1 ? 's' : ''} to follow up${overdue > 0 ? `, ${overdue} overdue` : ''}`,
            },
            greeting: { fr: `Bonjour ${first.displayName},`, en: `Hello ${first.displayName},` },
            paragraphs: [
              {
                fr: 'Voici les éléments dont vous êtes responsable qui arrivent à échéance dans les 7 prochains jours ou sont en retard :',
                en: 'Here are the items you own that are due within the next 7 days or overdue:',
              },
              ...list.map((i) => ({ fr: line(i, 'fr'), en: line(i, 'en') })),
            ],
            action: {
              label: { fr: 'Ouvrir la feuille de route', en: 'Open the scaling plan' },
              url: `${base}/plans/${first.planId}`,
            },
            notes: [
              {
                fr: 'Vous ne voulez plus de ces rappels ? Désactivez-les depuis une feuille de route, rubrique « Rappels ».',
                en: 'No more reminders? Turn them off from any scaling plan, under “Reminders”.',
              },
            ],
          },
        },
        now,
      );
    }
    const pendingOther = await trx
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', PLAN_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (!pendingOther) await enqueueJob(trx, PLAN_REMINDERS_JOB, {}, { now, runAt: nextRunAfter(now) });
  });
  return { recipients: byOwner.size, items: items.length };
}

export const planRemindersJob: JobHandler = (ctx) => sendPlanReminders(ctx);

export async function getReminderSettings(db: Db, userId: string): Promise<{ enabled: boolean }> {
  const row = await db
    .selectFrom('plan_reminder_opt_outs')
    .select('user_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { enabled: !row };
}

export async function setReminderSettings(
  db: Db,
  userId: string,
  enabled: boolean,
  now: Date,
): Promise<{ enabled: boolean }> {
  if (enabled) await db.deleteFrom('plan_reminder_opt_outs').where('user_id', '=', userId).execute();
  else
    await db
      .insertInto('plan_reminder_opt_outs')
      .values({ user_id: userId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
  return { enabled };
}
