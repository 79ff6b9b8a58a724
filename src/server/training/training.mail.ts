import type { AppContext } from '../context.ts';
import type { Db } from '../../db/database.ts';
import { queueMail, type QueuedMail } from '../mail/mail.service.ts';
import { msg } from '../errors.ts';
import { renderIcs, type IcsMeeting } from './ics.ts';
import * as repo from './training.repository.ts';

/** E-mails of the training sessions: confirmation with the invitation, calendar updates and cancellations, waitlist offers. */
export function sessionUrl(ctx: AppContext, id: string): string {
  return `${ctx.env.PUBLIC_URL.replace(/\/$/, '')}/formations/${id}`;
}

function organizerEmail(ctx: AppContext): string {
  return /<([^>]+)>/.exec(ctx.env.MAIL_FROM)?.[1] ?? ctx.env.MAIL_FROM;
}

export function toIcsMeetings(
  ctx: AppContext,
  session: { id: string; title: string },
  meetings: repo.MeetingRow[],
): IcsMeeting[] {
  return meetings.map((m) => ({
    uid: m.ics_uid,
    sequence: m.ics_sequence,
    title: `${m.title} (${session.title})`,
    description: [
      session.title,
      m.conference_url ? `Lien : ${m.conference_url}` : '',
      sessionUrl(ctx, session.id),
    ]
      .filter(Boolean)
      .join('\n'),
    localDate: m.local_date,
    localStart: m.local_start,
    localEnd: m.local_end,
    url: sessionUrl(ctx, session.id),
    conferenceUrl: m.conference_url,
    cancelled: m.cancelled_at !== null,
  }));
}

export async function sessionIcs(
  ctx: AppContext,
  db: Db,
  session: { id: string; title: string },
  method: 'REQUEST' | 'CANCEL' | null,
  only?: string[],
): Promise<string> {
  const all = await repo.listMeetings(db, [session.id]);
  const meetings = only
    ? all.filter((m) => only.includes(m.id))
    : method === 'CANCEL'
      ? all.filter((m) => m.cancelled_at)
      : all;
  return renderIcs({
    method,
    name: session.title,
    organizer: { name: 'Essaim', email: organizerEmail(ctx) },
    meetings: toIcsMeetings(ctx, session, meetings),
    stamp: ctx.now(),
  });
}

const attachment = (ics: string, method: string) => ({
  filename: 'invitation.ics',
  contentType: `text/calendar; charset=utf-8; method=${method}`,
  content: Buffer.from(ics).toString('base64'),
});

export async function queueConfirmation(
  ctx: AppContext,
  trx: Db,
  sessionId: string,
  userId: string,
): Promise<void> {
  const session = await repo.findSession(trx, sessionId);
  const user = await repo.findUser(trx, userId);
  if (!session || !user) return;
  const ics = await sessionIcs(
    ctx,
    trx,
    session,
    'REQUEST',
    (await repo.listMeetings(trx, [sessionId])).filter((m) => !m.cancelled_at).map((m) => m.id),
  );
  await queueMail(
    trx,
    {
      to: user.email,
      language: user.language,
      template: 'notification',
      data: {
        subject: msg(`Inscription confirmée : ${session.title}`, `Registration confirmed: ${session.title}`),
        paragraphs: [
          msg(
            `Votre place est confirmée pour la session « ${session.title} ».`,
            `Your place is confirmed for the session "${session.title}".`,
          ),
          msg(
            'L’invitation jointe ajoute chaque rencontre à votre agenda (heure de Paris).',
            'The attached invitation adds each meeting to your calendar (Paris time).',
          ),
        ],
        action: { label: msg('Voir la session', 'See the session'), url: sessionUrl(ctx, sessionId) },
      },
      attachments: [attachment(ics, 'REQUEST')],
    },
    ctx.now(),
  );
}

export async function queueOffer(
  ctx: AppContext,
  trx: Db,
  sessionId: string,
  userId: string,
  expiresAt: Date,
): Promise<void> {
  const session = await repo.findSession(trx, sessionId);
  const user = await repo.findUser(trx, userId);
  if (!session || !user) return;
  const when = (lang: 'fr' | 'en') =>
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(expiresAt);
  await queueMail(
    trx,
    {
      to: user.email,
      language: user.language,
      template: 'notification',
      data: {
        subject: msg(`Une place s’est libérée : ${session.title}`, `A place is free: ${session.title}`),
        paragraphs: [
          msg(
            `Une place s’est libérée dans la session « ${session.title} » et elle vous est proposée.`,
            `A place is free in the session "${session.title}" and it is offered to you.`,
          ),
        ],
        action: { label: msg('Accepter la place', 'Accept the place'), url: sessionUrl(ctx, sessionId) },
        notes: [
          msg(
            `Acceptez-la avant le ${when('fr')} (heure de Paris) : ensuite, elle sera proposée à la personne suivante.`,
            `Accept it before ${when('en')} (Paris time): after that, it goes to the next person.`,
          ),
        ],
      },
    },
    ctx.now(),
  );
}

/** Sends the changed meetings (REQUEST, higher SEQUENCE) and the cancelled ones (CANCEL) to everyone holding a place. */
export async function queueCalendarUpdates(
  ctx: AppContext,
  trx: Db,
  sessionId: string,
  changed: string[],
  cancelled: string[],
): Promise<void> {
  const session = await repo.findSession(trx, sessionId);
  if (!session) return;
  const people = (await repo.listRegistrationsWithPeople(trx, sessionId)).filter(
    (r) => r.status === 'confirmed',
  );
  for (const p of people) {
    const user = await repo.findUser(trx, p.user_id);
    if (!user) continue;
    const attachments = [];
    if (changed.length)
      attachments.push(attachment(await sessionIcs(ctx, trx, session, 'REQUEST', changed), 'REQUEST'));
    if (cancelled.length)
      attachments.push({
        ...attachment(await sessionIcs(ctx, trx, session, 'CANCEL', cancelled), 'CANCEL'),
        filename: 'annulation.ics',
      });
    await queueMail(
      trx,
      {
        to: user.email,
        language: user.language,
        template: 'notification',
        data: {
          subject: msg(`Changement de programme : ${session.title}`, `Schedule change: ${session.title}`),
          paragraphs: [
            msg(
              'Des rencontres de votre session ont changé ou sont annulées. Les fichiers joints mettent votre agenda à jour.',
              'Some meetings of your session changed or were cancelled. The attached files update your calendar.',
            ),
          ],
          action: { label: msg('Voir la session', 'See the session'), url: sessionUrl(ctx, sessionId) },
        },
        attachments,
      },
      ctx.now(),
    );
  }
}

/** Both possible answers to a registration, prepared before the decision (outside the session lock). */
export async function prepareRegistrationMails(
  ctx: AppContext,
  sessionId: string,
  userId: string,
): Promise<{ confirmed: QueuedMail; waitlisted: QueuedMail } | null> {
  const session = await repo.findSession(ctx.db, sessionId);
  const user = await repo.findUser(ctx.db, userId);
  if (!session || !user) return null;
  const live = (await repo.listMeetings(ctx.db, [sessionId])).filter((m) => !m.cancelled_at).map((m) => m.id);
  const ics = await sessionIcs(ctx, ctx.db, session, 'REQUEST', live);
  const action = { label: msg('Voir la session', 'See the session'), url: sessionUrl(ctx, sessionId) };
  return {
    confirmed: {
      to: user.email,
      language: user.language,
      template: 'notification',
      data: {
        subject: msg(`Inscription confirmée : ${session.title}`, `Registration confirmed: ${session.title}`),
        paragraphs: [
          msg(
            `Votre place est confirmée pour la session « ${session.title} ».`,
            `Your place is confirmed for the session "${session.title}".`,
          ),
          msg(
            'L’invitation jointe ajoute chaque rencontre à votre agenda (heure de Paris).',
            'The attached invitation adds each meeting to your calendar (Paris time).',
          ),
        ],
        action,
      },
      attachments: [attachment(ics, 'REQUEST')],
    },
    waitlisted: {
      to: user.email,
      language: user.language,
      template: 'notification',
      data: {
        subject: msg(`Liste d’attente : ${session.title}`, `Waitlist: ${session.title}`),
        paragraphs: [
          msg(
            'La session est complète : vous êtes sur la liste d’attente. Si une place se libère, vous recevrez une proposition par courriel.',
            'The session is full: you are on the waitlist. If a place frees up, you will be offered it by e-mail.',
          ),
        ],
        action,
      },
    },
  };
}

export async function queueRefusal(
  ctx: AppContext,
  trx: Db,
  sessionId: string,
  userId: string,
  reason: string,
): Promise<void> {
  const session = await repo.findSession(trx, sessionId);
  const user = await repo.findUser(trx, userId);
  if (!session || !user) return;
  await queueMail(
    trx,
    {
      to: user.email,
      language: user.language,
      template: 'notification',
      data: {
        subject: msg(
          `Inscription non retenue : ${session.title}`,
          `Registration not accepted: ${session.title}`,
        ),
        paragraphs: [
          msg(
            `Votre inscription à la session « ${session.title} » n’a pas été retenue, pour cette raison : ${reason}`,
            `Your registration for the session "${session.title}" was not accepted, for this reason: ${reason}`,
          ),
        ],
        action: { label: msg('Voir la session', 'See the session'), url: sessionUrl(ctx, sessionId) },
      },
    },
    ctx.now(),
  );
}
