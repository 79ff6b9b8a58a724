import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { AppContext } from '../../src/server/context.ts';
import { parseEnv } from '../../src/server/env.ts';
import { createSession, loadActor, SESSION_COOKIE } from '../../src/server/auth/sessions.ts';
import { insertUser } from '../../src/server/accounts/users.repository.ts';
import { createDiagnostic } from '../../src/server/diagnostics/diagnostics.editing.ts';
import { saveAnswers } from '../../src/server/diagnostics/diagnostics.answers.ts';
import { BENCH_EMAIL_DOMAIN } from '../data/context.ts';
import { carrierReadinessExamples } from '../data/diagnostics.ts';
import { createPublishedSession } from '../data/training.ts';
import { prepareNetwork, type NetworkFixtures } from './network-fixtures.ts';

export interface Fixtures {
  publicProjectIds: string[];
  kits: { modelId: string; number: number }[];
  /** Drafts the load edits, each with the version the next save must name. */
  diagnostics: { id: string; version: number }[];
  /** A draft kept aside for the bare SQL of the submission (the load must not race it). */
  bareDiagnostic: { id: string; version: number };
  editorCookie: string;
  answers: Record<string, unknown>;
  trainingSessionId: string;
  registrantCookies: string[];
  largestOrganisationId: string;
  /** The largest network (sites and indicator values), null for a dataset without sites. */
  network: NetworkFixtures | null;
}

const cookieOf = (secret: string) => `${SESSION_COOKIE}=${secret}`;

/**
 * What the scenarios need, read from the generated dataset or created through the services with the real clock
 * (sessions, a bookable training session, diagnostics to edit, and people to register). Refuses a database that
 * bench:data did not fill.
 */
export async function prepareFixtures(
  handle: DatabaseHandle,
  options: { diagnostics: number; registrants: number },
): Promise<Fixtures> {
  const db = handle.db;
  const env = parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
  const ctx: AppContext = { db, dialect: handle.dialect, env, now: () => new Date() };
  const publicProjectIds = (
    await db
      .selectFrom('projects')
      .select('id')
      .where('status', '=', 'published')
      .where('visibility', '=', 'public')
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(500)
      .execute()
  ).map((r) => r.id);
  const kits = (
    await db
      .selectFrom('models')
      .select(['id', 'latest_version'])
      .where('latest_version', '>', 0)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(500)
      .execute()
  ).map((r) => ({ modelId: r.id, number: r.latest_version }));
  if (publicProjectIds.length === 0 || kits.length === 0)
    throw new Error(
      'no public project or published kit: run `npm run bench:data -- --size S` on this database first.',
    );

  // The largest organisation (the network with the most projects) and its owner.
  const largest = await db
    .selectFrom('projects')
    .select(['organisation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .groupBy('organisation_id')
    .orderBy('n', 'desc')
    .orderBy('organisation_id')
    .executeTakeFirstOrThrow();
  const owner = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('organisation_id', '=', largest.organisation_id)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  const { secret } = await createSession(db, owner.user_id, ctx.now(), { userAgent: 'essaim bench' });
  const editor = (await loadActor(db, secret, ctx.now()))!;
  const projectIds = (
    await db
      .selectFrom('projects')
      .select('id')
      .where('organisation_id', '=', largest.organisation_id)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(options.diagnostics + 1)
      .execute()
  ).map((r) => r.id);
  const answers = carrierReadinessExamples()[0]!;
  const diagnostics: { id: string; version: number }[] = [];
  for (let i = 0; i <= options.diagnostics; i++) {
    const created = await createDiagnostic(ctx, editor, projectIds[i % projectIds.length]!, {
      instrumentId: 'carrier-readiness',
      title: 'Autodiagnostic (banc d’essai)',
    });
    diagnostics.push({ id: created.id, version: created.version });
  }
  const bare = diagnostics.pop()!;
  const saved = await saveAnswers(ctx, editor, bare.id, { version: bare.version, answers });

  const facilitatorUser = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', `animation@${BENCH_EMAIL_DOMAIN}`)
    .executeTakeFirstOrThrow();
  const { secret: facilitatorSecret } = await createSession(db, facilitatorUser.id, ctx.now(), {
    userAgent: 'essaim bench',
  });
  const facilitator = (await loadActor(db, facilitatorSecret, ctx.now()))!;
  const trainingSessionId = await createPublishedSession(
    ctx,
    facilitator,
    largest.organisation_id,
    `Session de charge ${new Date().toISOString()}`,
    100_000,
    30,
  );

  // People who register: accounts without password (as after a magic-link sign-up), each with a session.
  const registrantCookies: string[] = [];
  const now = ctx.now();
  const run = randomUUID().slice(0, 8);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < options.registrants; i++) {
      const id = await insertUser(
        trx,
        {
          email: `inscrit-${run}-${i}@${BENCH_EMAIL_DOMAIN}`,
          displayName: `Participant ${i}`,
          passwordHash: null,
          language: 'fr',
          emailVerifiedAt: now.toISOString(),
        },
        now,
      );
      registrantCookies.push(
        cookieOf((await createSession(trx, id, now, { userAgent: 'essaim bench' })).secret),
      );
    }
  });
  return {
    publicProjectIds,
    kits,
    diagnostics,
    bareDiagnostic: { id: bare.id, version: saved.version },
    editorCookie: cookieOf(secret),
    answers,
    trainingSessionId,
    registrantCookies,
    largestOrganisationId: largest.organisation_id,
    network: await prepareNetwork(handle, ctx.now()),
  };
}

/**
 * Reads back the version of each draft the load edits: requests still in flight when a timed load stops were
 * answered to nobody, so the versions the bench holds may be behind the database's.
 */
export async function refreshDiagnosticVersions(handle: DatabaseHandle, f: Fixtures): Promise<void> {
  const rows = await handle.db
    .selectFrom('diagnostics')
    .select(['id', 'version'])
    .where(
      'id',
      'in',
      f.diagnostics.map((d) => d.id),
    )
    .execute();
  const versions = new Map(rows.map((r) => [r.id, r.version]));
  for (const d of f.diagnostics) d.version = versions.get(d.id) ?? d.version;
}
