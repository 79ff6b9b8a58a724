import type { AppContext } from '../context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUserByEmail, insertUser } from './users.repository.ts';

/** Fictional demo people: no real person's e-mail or phone. Their shared password is printed at start-up. */
export const DEMO_PASSWORD = 'essaim-demo-2026';
export const DEMO_ADMIN_EMAIL = 'admin@demo.essaim.localhost';

export async function seedDemoAccounts(ctx: AppContext): Promise<void> {
  if (await findUserByEmail(ctx.db, DEMO_ADMIN_EMAIL)) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verified = ctx.now().toISOString();
  await insertUser(
    ctx.db,
    {
      email: DEMO_ADMIN_EMAIL,
      displayName: 'Administratrice de démonstration',
      passwordHash,
      language: 'fr',
      platformRole: 'admin',
      emailVerifiedAt: verified,
    },
    ctx.now(),
  );
}
