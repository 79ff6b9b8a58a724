import type { AppContext } from '../context.ts';
import { seedDemoAccounts } from '../accounts/accounts.demo.ts';
import { seedDemoLibrary } from '../library/library.demo.ts';
import { seedDemoDiagnostics } from '../diagnostics/diagnostics.demo.ts';
import { seedDemoPlans } from '../plans/plans.demo.ts';
import { seedDemoTraining } from '../training/training.demo.ts';
import { seedDemoModels } from '../models/models.demo.ts';
import { seedDemoSites } from '../sites/sites.demo.ts';
import { seedDemoIndicators } from '../indicators/indicators.demo.ts';

/**
 * Demo content, one seeder per capability, each run once per database (recorded in `demo_seeds`), in this order
 * (later seeders use the organisations and projects of earlier ones). A capability adds its seeder here.
 */
export interface DemoSeeder {
  name: string;
  run(ctx: AppContext): Promise<void>;
}

export const demoSeeders: DemoSeeder[] = [
  { name: 'accounts', run: seedDemoAccounts },
  { name: 'library', run: seedDemoLibrary },
  { name: 'models', run: seedDemoModels },
  { name: 'sites', run: seedDemoSites },
  { name: 'indicators', run: seedDemoIndicators },
  { name: 'diagnostics', run: async (ctx) => void (await seedDemoDiagnostics(ctx)) },
  { name: 'plans', run: async (ctx) => void (await seedDemoPlans(ctx)) },
  { name: 'training', run: seedDemoTraining },
];

export async function runDemoSeeders(
  ctx: AppContext,
  seeders: DemoSeeder[] = demoSeeders,
): Promise<string[]> {
  const done = new Set((await ctx.db.selectFrom('demo_seeds').select('name').execute()).map((r) => r.name));
  const ran: string[] = [];
  for (const seeder of seeders) {
    if (done.has(seeder.name)) continue;
    await seeder.run(ctx);
    await ctx.db
      .insertInto('demo_seeds')
      .values({ name: seeder.name, applied_at: ctx.now().toISOString() })
      .execute();
    ran.push(seeder.name);
  }
  return ran;
}
