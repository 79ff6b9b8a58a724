import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Actor } from '../../src/server/auth/actor.ts';
import { parseEnv } from '../../src/server/env.ts';
import { createSession, loadActor } from '../../src/server/auth/sessions.ts';
import { territoryData, type Territory } from '../../src/server/territories/territories.data.ts';
import { cumulativeWeights, type Random } from './random.ts';

/** Where the generated content is dated: a fixed clock, one second per service call, so timestamps repeat too. */
export const DATASET_EPOCH = Date.parse('2026-03-02T08:00:00.000Z');

export const BENCH_EMAIL_DOMAIN = 'banc-essai.essaim.fr';
export const BENCH_PASSWORD = 'banc d’essai du réseau national';

export interface SizeSpec {
  organisations: number;
  projects: number;
  models: number;
  diagnostics: number;
  trainingSessions: number;
  sites: number;
  indicatorValues: number;
}

/** L is the target of issue #10; S runs in well under a minute on a busy two-core machine. */
export const SIZES: Record<'S' | 'M' | 'L', SizeSpec> = {
  S: { organisations: 10, projects: 1_000, models: 100, diagnostics: 100, trainingSessions: 3, sites: 1_000, indicatorValues: 100_000 },
  M: { organisations: 50, projects: 10_000, models: 1_000, diagnostics: 1_000, trainingSessions: 10, sites: 10_000, indicatorValues: 1_000_000 },
  L: {
    organisations: 500,
    projects: 100_000,
    models: 10_000,
    diagnostics: 10_000,
    trainingSessions: 50,
    sites: 100_000,
    indicatorValues: 10_000_000,
  },
};

export function datasetContext(handle: DatabaseHandle): AppContext {
  let tick = 0;
  const env = parseEnv({ NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1:3000' });
  return { db: handle.db, dialect: handle.dialect, env, now: () => new Date(DATASET_EPOCH + tick++ * 1000) };
}

/** Signs a user in the way the API does (a session row) and returns the actor the services expect. */
export async function actorFor(ctx: AppContext, userId: string): Promise<Actor> {
  const now = ctx.now();
  const { secret } = await createSession(ctx.db, userId, now, { userAgent: 'essaim bench:data' });
  const actor = await loadActor(ctx.db, secret, now);
  if (!actor) throw new Error(`bench:data: cannot load the actor of user ${userId}`);
  return actor;
}

export interface Places {
  communes: Territory[];
  pick(random: Random): Territory;
}

/** Real communes (INSEE codes from @etalab/decoupage-administratif), drawn in proportion to their population. */
export function places(): Places {
  const communes = territoryData().all.filter((t) => t.type === 'commune' && t.population !== null);
  const cumulative = cumulativeWeights(communes.map((c) => Math.sqrt(c.population ?? 0) + 1));
  return { communes, pick: (random) => random.weighted(communes, cumulative) };
}
