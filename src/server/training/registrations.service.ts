import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import type { RegistrationStatus } from '../../db/tables/training.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor, hasOrganisationRole } from '../auth/permissions.ts';
import { ConflictError, NotFoundError, ValidationError, msg } from '../errors.ts';
import { enqueueJob } from '../jobs/jobs.repository.ts';
import type { JobHandler } from '../jobs/jobs.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import * as repo from './training.repository.ts';
import {
  ClosedError,
  OFFER_HOURS,
  assertFacilitator,
  loadSession,
  managedSession,
} from './training.service.ts';
import { prepareRegistrationMails, queueConfirmation, queueOffer, queueRefusal } from './training.mail.ts';
import { queueMail } from '../mail/mail.service.ts';

export const OFFER_EXPIRY_JOB = 'training.offer-expiry';

export interface RegisterInput {
  organisationId: string | null;
  projectId: string | null;
  shareConsent: boolean;
}

/**
 * Registers the actor. The capacity check and the insert happen in one transaction that holds the session: on
 * PostgreSQL the session row is locked FOR UPDATE, on SQLite the single connection runs one transaction at a time.
 */
export async function register(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  input: RegisterInput,
): Promise<{ id: string; status: RegistrationStatus; position: number }> {
  const a = requireActor(actor);
  if (input.organisationId && !hasOrganisationRole(a, input.organisationId, 'viewer')) {
    throw new ValidationError({
      organisationId: msg(
        'Vous ne faites pas partie de cette organisation.',
        'You are not a member of this organisation.',
      ),
    });
  }
  if (input.projectId) {
    const project = await ctx.db
      .selectFrom('projects')
      .select(['id', 'organisation_id'])
      .where('id', '=', input.projectId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!project || !hasOrganisationRole(a, project.organisation_id, 'viewer')) {
      throw new ValidationError({
        projectId: msg(
          'Choisissez un projet de l’une de vos organisations.',
          'Choose a project of one of your organisations.',
        ),
      });
    }
  }
  const now = ctx.now();
  // Everything that does not depend on the count is read and rendered before taking the lock, so that the critical
  // section is a handful of statements: lock, count, insert, outbox.
  const mails = await prepareRegistrationMails(ctx, sessionId, a.userId);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, sessionId);
    const session = await repo.findSessionState(trx, sessionId);
    if (!session) throw new NotFoundError();
    if (session.status === 'draft') throw new NotFoundError();
    if (session.status !== 'published') throw new ClosedError();
    if (now.getTime() > new Date(session.registration_deadline).getTime()) {
      const day = new Intl.DateTimeFormat('fr-FR', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(session.registration_deadline));
      const dayEn = new Intl.DateTimeFormat('en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(session.registration_deadline));
      throw new ClosedError(
        msg(`Les inscriptions sont closes depuis le ${day}.`, `Registration closed on ${dayEn}.`),
        { registrationDeadline: msg('Date limite dépassée.', 'Deadline passed.') },
      );
    }
    const existing = await repo.findRegistration(trx, sessionId, a.userId);
    if (existing && existing.status !== 'cancelled') {
      throw new ConflictError(
        msg('Vous êtes déjà inscrit·e à cette session.', 'You are already registered for this session.'),
        { registrationId: existing.id, status: existing.status },
      );
    }
    const tally = await repo.tally(trx, sessionId);
    const status: RegistrationStatus =
      tally.held < session.capacity && tally.waitlisted === 0 ? 'confirmed' : 'waitlisted';
    const position = tally.maxPosition + 1;
    const values = {
      organisation_id: input.organisationId,
      project_id: input.projectId,
      status,
      reason: null,
      membership_confirmed: 0,
      share_consent: input.shareConsent ? 1 : 0,
      offer_expires_at: null,
      position,
      updated_at: now.toISOString(),
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await trx.updateTable('training_registrations').set(values).where('id', '=', id).execute();
    } else {
      id = randomUUID();
      await trx
        .insertInto('training_registrations')
        .values({ id, session_id: sessionId, user_id: a.userId, created_at: now.toISOString(), ...values })
        .execute();
    }
    if (mails) await queueMail(trx, status === 'confirmed' ? mails.confirmed : mails.waitlisted, now);
    return { id, status, position };
  });
}

/** Offers the freed place to the first person on the waitlist, if any place is free. */
export async function offerFreedPlaces(ctx: AppContext, trx: Db, sessionId: string): Promise<void> {
  const session = await loadSession(trx, sessionId);
  if (session.status !== 'published') return;
  for (;;) {
    const counts = await repo.countByStatus(trx, sessionId);
    if (counts.confirmed + counts.offered >= session.capacity) return;
    const next = await repo.firstWaitlisted(trx, sessionId);
    if (!next) return;
    const expiresAt = new Date(ctx.now().getTime() + OFFER_HOURS * 3600_000);
    await trx
      .updateTable('training_registrations')
      .set({
        status: 'offered',
        offer_expires_at: expiresAt.toISOString(),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', next.id)
      .execute();
    await enqueueJob(
      trx,
      OFFER_EXPIRY_JOB,
      { registrationId: next.id },
      { now: ctx.now(), runAt: expiresAt },
    );
    await queueOffer(ctx, trx, sessionId, next.user_id, expiresAt);
  }
}

export async function cancelOwn(ctx: AppContext, actor: Actor | null, sessionId: string): Promise<void> {
  const a = requireActor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, sessionId);
    const reg = await repo.findRegistration(trx, sessionId, a.userId);
    if (!reg || reg.status === 'cancelled' || reg.status === 'refused')
      throw new NotFoundError(
        msg('Vous n’êtes pas inscrit·e à cette session.', 'You are not registered for this session.'),
      );
    await trx
      .updateTable('training_registrations')
      .set({ status: 'cancelled', offer_expires_at: null, updated_at: ctx.now().toISOString() })
      .where('id', '=', reg.id)
      .execute();
    if (reg.status === 'confirmed' || reg.status === 'offered') await offerFreedPlaces(ctx, trx, sessionId);
  });
}

export async function acceptOffer(ctx: AppContext, actor: Actor | null, sessionId: string): Promise<void> {
  const a = requireActor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, sessionId);
    const reg = await repo.findRegistration(trx, sessionId, a.userId);
    if (!reg || reg.status !== 'offered')
      throw new ConflictError(msg('Aucune place ne vous est proposée.', 'No place is offered to you.'));
    if (reg.offer_expires_at && ctx.now().toISOString() > reg.offer_expires_at)
      throw new ConflictError(
        msg('Le délai pour accepter cette place est dépassé.', 'The time to accept this place has passed.'),
      );
    await trx
      .updateTable('training_registrations')
      .set({ status: 'confirmed', offer_expires_at: null, updated_at: ctx.now().toISOString() })
      .where('id', '=', reg.id)
      .execute();
    await queueConfirmation(ctx, trx, sessionId, a.userId);
  });
}

/** The expiry job: an offer not accepted in time is withdrawn (the person goes back to the end of the waitlist) and the place goes to the next. */
export const offerExpiryJob: JobHandler = async (ctx, job) => {
  const { registrationId } = job.payload as { registrationId: string };
  return ctx.db.transaction().execute(async (trx) => {
    const reg = await repo.findRegistrationById(trx, registrationId);
    if (!reg) return { skipped: 'gone' };
    await repo.lockSession(trx, ctx.dialect, reg.session_id);
    const fresh = await repo.findRegistrationById(trx, registrationId);
    if (
      !fresh ||
      fresh.status !== 'offered' ||
      !fresh.offer_expires_at ||
      fresh.offer_expires_at > ctx.now().toISOString()
    )
      return { skipped: 'not-due' };
    const position = (await repo.maxPosition(trx, reg.session_id)) + 1;
    await trx
      .updateTable('training_registrations')
      .set({
        status: 'waitlisted',
        offer_expires_at: null,
        reason: 'offer-expired',
        position,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', registrationId)
      .execute();
    // The person who let the offer expire is now last: the next one gets it first.
    await offerFreedPlaces(ctx, trx, reg.session_id);
    return { expired: registrationId };
  });
};

export async function facilitatorAction(
  ctx: AppContext,
  actor: Actor | null,
  sessionId: string,
  registrationId: string,
  action: 'confirm-membership' | 'refuse' | 'move-to-waitlist' | 'move-to-confirmed',
  reason: string,
): Promise<void> {
  const a = assertFacilitator(actor);
  await managedSession(ctx.db, a, sessionId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, ctx.dialect, sessionId);
    const session = await loadSession(trx, sessionId);
    const reg = await repo.findRegistrationById(trx, registrationId);
    if (!reg || reg.session_id !== sessionId) throw new NotFoundError();
    const now = ctx.now().toISOString();
    const held = reg.status === 'confirmed' || reg.status === 'offered';
    if (action === 'confirm-membership') {
      await trx
        .updateTable('training_registrations')
        .set({ membership_confirmed: 1, updated_at: now })
        .where('id', '=', reg.id)
        .execute();
    } else if (action === 'refuse') {
      if (!reason)
        throw new ValidationError({
          reason: msg(
            'Donnez la raison du refus : elle est envoyée à la personne.',
            'Give the reason for refusing: it is sent to the person.',
          ),
        });
      await trx
        .updateTable('training_registrations')
        .set({ status: 'refused', reason, offer_expires_at: null, updated_at: now })
        .where('id', '=', reg.id)
        .execute();
      await queueRefusal(ctx, trx, sessionId, reg.user_id, reason);
      if (held) await offerFreedPlaces(ctx, trx, sessionId);
    } else if (action === 'move-to-waitlist') {
      const position = (await repo.maxPosition(trx, sessionId)) + 1;
      await trx
        .updateTable('training_registrations')
        .set({ status: 'waitlisted', offer_expires_at: null, position, updated_at: now })
        .where('id', '=', reg.id)
        .execute();
    } else {
      if (!held) {
        const counts = await repo.countByStatus(trx, sessionId);
        if (counts.confirmed + counts.offered >= session.capacity) {
          throw new ConflictError(
            msg(
              'La session est complète : augmentez la capacité ou libérez une place d’abord.',
              'The session is full: raise the capacity or free a place first.',
            ),
          );
        }
      }
      await trx
        .updateTable('training_registrations')
        .set({ status: 'confirmed', offer_expires_at: null, reason: null, updated_at: now })
        .where('id', '=', reg.id)
        .execute();
      if (reg.status !== 'confirmed') await queueConfirmation(ctx, trx, sessionId, reg.user_id);
    }
    await recordAudit(
      trx,
      {
        actorUserId: a.userId,
        action: `training.registration.${action}`,
        subjectType: 'training_registration',
        subjectId: reg.id,
        organisationId: session.organisation_id,
        details: { reason },
      },
      ctx.now(),
    );
  });
}
