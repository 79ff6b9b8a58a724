#!/usr/bin/env node
import { Command } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { EnvError, parseEnv, type Env } from '../server/env.ts';
import { startServer } from '../server/server.ts';
import { runDemoSeeders } from '../server/seed/demo-seeds.ts';
import { backupDatabase, restoreDatabase, restorePostgresDatabase } from './backup.ts';
import { registerAdminCommands } from './admin.ts';

function env(): Env {
  return parseEnv(process.env);
}

/** Runs a command and turns any failure into one readable line and exit code 1. */
function action<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      console.error(error instanceof EnvError ? error.message : `Error: ${(error as Error).message}`);
      process.exit(1);
    }
  };
}

const program = new Command()
  .name('essaim')
  .description(
    'Essaim: scaling up social and territorial innovation. Configuration comes from the environment (see .env.example).',
  );

program
  .command('serve')
  .description(
    'Migrate the database, load demo content once (unless SEED_DEMO=false), and serve the web app and the API',
  )
  .action(
    action(async () => {
      await startServer(env());
    }),
  );

program
  .command('migrate')
  .description('Apply pending database migrations, each in its own transaction')
  .action(
    action(async () => {
      const handle = await openDatabase(env());
      try {
        const applied = await migrateToLatest(handle.db, handle.dialect);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('seed')
  .description('Load content into the database')
  .requiredOption('--demo', 'load the demo content (each part once)')
  .action(
    action(async () => {
      const config = env();
      const handle = await openDatabase(config);
      try {
        await migrateToLatest(handle.db, handle.dialect);
        const ran = await runDemoSeeders({
          db: handle.db,
          dialect: handle.dialect,
          env: config,
          now: () => new Date(),
        });
        console.log(
          ran.length ? `Demo content loaded: ${ran.join(', ')}` : 'Demo content was already loaded.',
        );
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('backup')
  .argument('<file>', 'where to write the backup (must not exist)')
  .description(
    'Online backup while the server runs: SQLite through its backup API, PostgreSQL as a logical export of every table',
  )
  .action(
    action(async (file: string) => {
      console.log(`Backup written and checked: ${await backupDatabase(env(), file)}`);
    }),
  );

program
  .command('restore')
  .argument('<file>', 'a backup made by `essaim backup`')
  .description(
    'SQLite: replace the database by a backup (stop the server first; the current one is kept aside). PostgreSQL: load a backup into a fresh, migrated, empty database',
  )
  .action(
    action(async (file: string) => {
      const config = env();
      if (config.DATABASE_URL) {
        const counts = await restorePostgresDatabase(config, file);
        console.log(
          `Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables.`,
        );
        return;
      }
      const { restored, previous } = restoreDatabase(config, file);
      console.log(
        `Restored into ${restored}.${previous ? ` The previous database was kept as ${previous}.` : ''}`,
      );
    }),
  );

registerAdminCommands(program, action);

await program.parseAsync(process.argv);
