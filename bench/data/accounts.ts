import { hashPassword } from '../../src/server/auth/passwords.ts';
import { insertUser } from '../../src/server/accounts/users.repository.ts';
import { signUp } from '../../src/server/accounts/accounts.service.ts';
import { updateUser } from '../../src/server/accounts/admin.service.ts';
import { createOrganisation } from '../../src/server/accounts/organisations.service.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Actor } from '../../src/server/auth/actor.ts';
import { actorFor, BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, type Places } from './context.ts';
import { organisationName, personName } from './french-text.ts';
import type { Random } from './random.ts';

export interface Carrier {
  organisationId: string;
  name: string;
  ownerId: string;
  actor: Actor;
}

export interface Accounts {
  admin: Actor;
  facilitator: Actor;
  carriers: Carrier[];
}

/**
 * The people of the dataset. The administrator is created as `essaim admin create` does (the only way to get the
 * first one); everyone else signs up through the accounts service, the facilitator is promoted by the
 * administrator through the admin service, and each carrier creates its organisation through its service.
 */
export async function generateAccounts(ctx: AppContext, random: Random, where: Places, organisations: number): Promise<Accounts> {
  const adminId = await insertUser(
    ctx.db,
    { email: `admin@${BENCH_EMAIL_DOMAIN}`, displayName: 'Administration du banc d’essai', passwordHash: await hashPassword(BENCH_PASSWORD), language: 'fr', platformRole: 'admin', emailVerifiedAt: ctx.now().toISOString() },
    ctx.now(),
  );
  const admin = await actorFor(ctx, adminId);
  const { userId: facilitatorId } = await signUp(ctx, { email: `animation@${BENCH_EMAIL_DOMAIN}`, password: BENCH_PASSWORD, displayName: personName(random), language: 'fr' });
  await updateUser(ctx, admin, facilitatorId, { platformRole: 'facilitator' }, '127.0.0.1');
  const facilitator = await actorFor(ctx, facilitatorId);

  const carriers: Carrier[] = [];
  for (let i = 0; i < organisations; i++) {
    const place = where.pick(random);
    const { userId } = await signUp(ctx, { email: `porteur-${i}@${BENCH_EMAIL_DOMAIN}`, password: BENCH_PASSWORD, displayName: personName(random), language: 'fr' });
    const owner = await actorFor(ctx, userId);
    const { name, kind } = organisationName(random, place.name);
    const organisation = await createOrganisation(ctx, owner, { name, kind, territoryCode: place.code, territoryType: 'commune' });
    carriers.push({ organisationId: organisation.id, name, ownerId: userId, actor: await actorFor(ctx, userId) });
  }
  return { admin, facilitator, carriers };
}
