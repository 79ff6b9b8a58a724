import type { FastifyServerOptions } from 'fastify';
import { openDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { buildApp } from './app.ts';
import type { AppContext } from './context.ts';
import type { Env } from './env.ts';
import { runDemoSeeders } from './seed/demo-seeds.ts';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './accounts/accounts.demo.ts';
import { startJobWorker } from './jobs/jobs.ts';
import { jobHandlers } from './jobs/job-handlers.ts';

function loggerOptions(env: Env): FastifyServerOptions['logger'] {
  return {
    level: env.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
}

/**
 * Opens and migrates the database, seeds the demo content once, listens, and shuts down gracefully on SIGTERM and
 * SIGINT (in-flight requests finish, then the database closes).
 */
export async function startServer(env: Env): Promise<{ url: string; stop: () => Promise<void> }> {
  const handle = await openDatabase(env);
  await migrateToLatest(handle.db, handle.dialect);
  const ctx: AppContext = { db: handle.db, dialect: handle.dialect, env, now: () => new Date() };
  const seeded = env.SEED_DEMO ? await runDemoSeeders(ctx) : [];
  const app = await buildApp(ctx, { logger: loggerOptions(env), serveWeb: true });
  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  // Background work (e-mails, reminders, exports): every instance runs a worker; PostgreSQL lets them share rows.
  const worker = startJobWorker(ctx, jobHandlers, {
    onError: (error) => app.log.error({ err: error }, 'job worker'),
  });
  const url = `http://${env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await worker.stop();
      await handle.close();
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }

  console.log(`Essaim est prêt : ${url}  (base ${handle.dialect} : ${handle.location})`);
  if (env.SEED_DEMO) {
    if (seeded.length > 0) console.log(`Contenu de démonstration chargé : ${seeded.join(', ')}.`);
    console.log(`Compte administrateur de démonstration : ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD}`);
  }
  return { url, stop };
}
