import type { Command } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { parseEnv } from '../server/env.ts';
import { emailSchema } from '../server/accounts/accounts.schemas.ts';
import { assertPasswordAcceptable } from '../server/accounts/accounts.service.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { findUserByEmail, insertUser } from '../server/accounts/users.repository.ts';
import { ValidationError } from '../server/errors.ts';

type Action = <A extends unknown[]>(run: (...args: A) => Promise<void>) => (...args: A) => Promise<void>;

export function registerAdminCommands(program: Command, action: Action): void {
  const admin = program.command('admin').description('Administration tasks');
  admin
    .command('create')
    .description('Create a platform administrator (or promote an existing account)')
    .requiredOption('--email <email>', 'e-mail address of the administrator')
    .option('--name <name>', 'display name', 'Administrateur')
    .option('--password <password>', 'password (otherwise read from ESSAIM_ADMIN_PASSWORD)')
    .action(
      action(async (options: { email: string; name: string; password?: string }) => {
        const env = parseEnv(process.env);
        const email = emailSchema.parse(options.email);
        const password = options.password ?? process.env.ESSAIM_ADMIN_PASSWORD;
        const handle = await openDatabase(env);
        try {
          await migrateToLatest(handle.db, handle.dialect);
          const existing = await findUserByEmail(handle.db, email);
          if (existing) {
            await handle.db
              .updateTable('users')
              .set({ platform_role: 'admin', updated_at: new Date().toISOString() })
              .where('id', '=', existing.id)
              .execute();
            console.log(`${email} is now an administrator.`);
            return;
          }
          if (!password) throw new Error('Give --password or set ESSAIM_ADMIN_PASSWORD for a new account.');
          try {
            assertPasswordAcceptable(password, email);
          } catch (error) {
            if (error instanceof ValidationError)
              throw new Error(error.fields.password?.en ?? 'password refused');
            throw error;
          }
          await insertUser(
            handle.db,
            {
              email,
              displayName: options.name,
              passwordHash: await hashPassword(password),
              language: 'fr',
              platformRole: 'admin',
              emailVerifiedAt: new Date().toISOString(),
            },
            new Date(),
          );
          console.log(`Administrator ${email} created.`);
        } finally {
          await handle.close();
        }
      }),
    );
}
