import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { AppContext } from '../context.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { authorOrganisationOf } from './site-access.ts';
import { insertMessage, listMessages } from './site-requests.repository.ts';
import { excerpt, notifyOrganisation } from './sites.mail.ts';
import { presentMessages } from './sites.present.ts';
import { findAdaptation, findStep, kitContentOf } from './sites.repository.ts';
import type { adaptationBody, stepBody } from './sites.schemas.ts';
import { getSite, loadSite } from './sites.service.ts';

/**
 * The site's own work: adaptations of the kit's elements (a change to a fixed element is allowed, recorded as such and
 * the carrier is told), the checklist, and the thread with the carrier.
 */
export async function saveAdaptation(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  elementId: string,
  input: z.infer<typeof adaptationBody>,
) {
  const { row } = await loadSite(ctx, actor, id, 'adapt');
  const user = requireActor(actor);
  const content = await kitContentOf(ctx.db, row.model_id, row.model_version);
  const element = content?.elements.find((e) => e.id === elementId);
  if (!element)
    throw new NotFoundError(
      msg('Cet élément ne fait pas partie du kit suivi.', 'This element is not part of the kit followed.'),
    );
  const existing = await findAdaptation(ctx.db, id, elementId);
  if (existing && input.version === undefined)
    throw new ValidationError({
      version: msg(
        'Numéro de version requis pour modifier ce choix.',
        'Version number required to change this choice.',
      ),
    });
  if ((existing?.version ?? undefined) !== input.version)
    throw new ConflictError(undefined, { currentVersion: existing?.version ?? null });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      const updated = await trx
        .updateTable('site_adaptations')
        .set({
          choice: input.choice,
          reason: input.reason,
          element_kind: element.kind,
          updated_by: user.userId,
          updated_at: at,
          version: existing.version + 1,
        })
        .where('site_id', '=', id)
        .where('element_id', '=', elementId)
        .where('version', '=', existing.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(undefined, { currentVersion: null });
    } else {
      await trx
        .insertInto('site_adaptations')
        .values({
          site_id: id,
          element_id: elementId,
          element_kind: element.kind,
          choice: input.choice,
          reason: input.reason,
          updated_by: user.userId,
          updated_at: at,
          version: 1,
        })
        .execute();
    }
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.adaptation',
        subjectType: 'site',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { elementId, kind: element.kind, choice: input.choice },
      },
      ctx.now(),
    );
    if (element.kind === 'fixed')
      await notifyOrganisation(
        ctx,
        trx,
        row.carrier_organisation_id,
        {
          subject: msg(`Élément fixe modifié : ${row.name}`, `Fixed element changed: ${row.name}`),
          paragraphs: [
            msg(
              `Le site « ${row.name} » a modifié un élément fixe du kit : « ${element.title} ».`,
              `The site "${row.name}" changed a fixed element of the kit: "${element.title}".`,
            ),
            msg(
              `Choix : ${excerpt(input.choice)} — Pourquoi : ${excerpt(input.reason)}`,
              `Choice: ${excerpt(input.choice)} — Why: ${excerpt(input.reason)}`,
            ),
          ],
          path: `/sites/${id}`,
        },
        user.userId,
      );
  });
  return getSite(ctx, actor, id);
}

export async function updateStep(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  taskId: string,
  input: z.infer<typeof stepBody>,
) {
  const { row } = await loadSite(ctx, actor, id, 'edit');
  const user = requireActor(actor);
  const step = await findStep(ctx.db, id, taskId);
  if (!step)
    throw new NotFoundError(
      msg('Cette étape ne fait pas partie de la liste du site.', 'This step is not on the site’s checklist.'),
    );
  if (step.version !== input.version) throw new ConflictError(undefined, { currentVersion: step.version });
  const at = ctx.now().toISOString();
  const done = input.done ?? step.done === 1;
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('site_steps')
      .set({
        done: done ? 1 : 0,
        done_at: done ? (step.done === 1 ? step.done_at : at) : null,
        owner: input.owner ?? step.owner,
        due_date: input.dueDate === undefined ? step.due_date : input.dueDate,
        updated_by: user.userId,
        updated_at: at,
        version: step.version + 1,
      })
      .where('site_id', '=', id)
      .where('task_id', '=', taskId)
      .where('version', '=', step.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(undefined, {
        currentVersion: (await findStep(trx, id, taskId))?.version ?? null,
      });
    await recordAudit(
      trx,
      {
        actorUserId: user.userId,
        action: 'site.step',
        subjectType: 'site',
        subjectId: id,
        organisationId: row.organisation_id,
        details: { taskId, done, owner: input.owner, dueDate: input.dueDate },
      },
      ctx.now(),
    );
  });
  return getSite(ctx, actor, id);
}

export async function postSiteMessage(ctx: AppContext, actor: Actor | null, id: string, body: string) {
  const { row } = await loadSite(ctx, actor, id, 'write');
  const user = requireActor(actor);
  const from = authorOrganisationOf(user, row);
  await ctx.db.transaction().execute(async (trx) => {
    await insertMessage(trx, {
      id: randomUUID(),
      request_id: row.request_id,
      site_id: id,
      author_user_id: user.userId,
      author_organisation_id: from,
      kind: 'message',
      body,
      created_at: ctx.now().toISOString(),
    });
    await notifyOrganisation(
      ctx,
      trx,
      from === row.organisation_id ? row.carrier_organisation_id : row.organisation_id,
      {
        subject: msg(`Nouveau message : ${row.name}`, `New message: ${row.name}`),
        paragraphs: [msg(excerpt(body), excerpt(body))],
        path: `/sites/${id}`,
      },
      user.userId,
    );
  });
  return presentMessages(await listMessages(ctx.db, { siteId: id }), row.carrier_organisation_id);
}
