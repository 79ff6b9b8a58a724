import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { msg } from '../errors.ts';
import { enqueueJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import { queueMail } from '../mail/mail.service.ts';
import { findLateSites, listModelSites } from './dashboard.service.ts';
import { listIndicators } from './indicators.repository.ts';
import { readSettings } from './settings.service.ts';

/**
 * The daily late-reporting reminder: for every model whose carrier keeps reminders on, each site late on its
 * indicators (and not opted out) gets one e-mail, sent to the owners and editors of the site's organisation. The
 * next run (next day, 07:00 UTC) is scheduled in the same transaction as the mails.
 */
export const INDICATOR_REMINDERS_JOB = 'indicators.reminders';

export function nextReminderRun(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 7, 0, 0));
}

/** Makes sure one reminder job is pending (called when an indicator is created, and by the demo seeder). */
export async function ensureIndicatorReminderJob(db: Db, now: Date): Promise<void> {
  const pending = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', INDICATOR_REMINDERS_JOB)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  if (!pending) await enqueueJob(db, INDICATOR_REMINDERS_JOB, {}, { now, runAt: nextReminderRun(now) });
}

export async function sendIndicatorReminders(
  ctx: AppContext,
): Promise<{ sites: number; recipients: number }> {
  const now = ctx.now();
  const base = ctx.env.PUBLIC_URL.replace(/\/$/, '');
  const models = await ctx.db
    .selectFrom('indicators')
    .select('model_id')
    .where('deleted_at', 'is', null)
    .distinct()
    .execute();
  const optedOut = new Set(
    (await ctx.db.selectFrom('indicator_reminder_opt_outs').select('site_id').execute()).map(
      (r) => r.site_id,
    ),
  );
  const mails: {
    siteId: string;
    siteName: string;
    organisationId: string;
    missing: { name: string; lastPeriod: string | null; duePeriod: string }[];
  }[] = [];
  for (const { model_id } of models) {
    const settings = await readSettings(ctx.db, model_id);
    if (!settings.remindersEnabled) continue;
    const sites = await listModelSites(ctx.db, model_id);
    const late = await findLateSites(
      ctx.db,
      sites,
      await listIndicators(ctx.db, model_id),
      now,
      settings.graceDays,
    );
    const orgOf = new Map(sites.map((s) => [s.id, s.organisation_id]));
    for (const l of late)
      if (!optedOut.has(l.siteId))
        mails.push({
          siteId: l.siteId,
          siteName: l.name,
          organisationId: orgOf.get(l.siteId)!,
          missing: l.missing,
        });
  }
  let recipients = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const m of mails) {
      const people = await trx
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.email', 'users.language', 'users.display_name'])
        .where('memberships.organisation_id', '=', m.organisationId)
        .where('memberships.role', 'in', ['owner', 'editor'])
        .where('users.deleted_at', 'is', null)
        .where('users.disabled_at', 'is', null)
        .execute();
      for (const p of people) {
        recipients += 1;
        await queueMail(
          trx,
          {
            to: p.email,
            language: p.language,
            template: 'notification',
            data: {
              subject: msg(`Indicateurs en retard : ${m.siteName}`, `Late indicators: ${m.siteName}`),
              greeting: msg(`Bonjour ${p.display_name},`, `Hello ${p.display_name},`),
              paragraphs: [
                msg(
                  `La tête de réseau attend encore ces indicateurs pour ${m.siteName} :`,
                  `The network carrier is still waiting for these indicators for ${m.siteName}:`,
                ),
                ...m.missing.map((x) =>
                  msg(
                    `${x.name} : période ${x.duePeriod} attendue (dernière saisie : ${x.lastPeriod ?? 'aucune'})`,
                    `${x.name}: period ${x.duePeriod} expected (last reported: ${x.lastPeriod ?? 'none'})`,
                  ),
                ),
              ],
              action: {
                label: msg('Saisir les indicateurs', 'Report the indicators'),
                url: `${base}/reseau/sites/${m.siteId}/indicateurs`,
              },
              notes: [
                msg(
                  'Vous ne voulez plus de ces rappels pour ce site ? Désactivez-les sur la page de saisie des indicateurs du site, rubrique « Rappels ».',
                  'No more reminders for this site? Turn them off on the site’s indicator page, under “Reminders”.',
                ),
              ],
            },
          },
          now,
        );
      }
    }
    const pendingOther = await trx
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', INDICATOR_REMINDERS_JOB)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (!pendingOther)
      await enqueueJob(trx, INDICATOR_REMINDERS_JOB, {}, { now, runAt: nextReminderRun(now) });
  });
  return { sites: mails.length, recipients };
}

export const indicatorRemindersJob: JobHandler = (ctx) => sendIndicatorReminders(ctx);
