import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Fixed-window counters kept in the database, so that several instances share them (nothing that must be shared
 * lives in process memory). Returns the count after this hit and when the window ends.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ count: number; resetAt: Date }> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = ${windowStart} then rate_limits.count + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning(['count'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetAt: new Date(new Date(windowStart).getTime() + windowMs) };
}

/** The store interface of @fastify/rate-limit, over the same table. */
export class DatabaseRateLimitStore {
  constructor(
    private readonly db: Db,
    private readonly prefix = 'route:',
  ) {}

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = new Date();
    hitRateLimit(this.db, this.prefix + key, timeWindow, now).then(
      ({ count, resetAt }) =>
        callback(null, { current: count, ttl: Math.max(0, resetAt.getTime() - now.getTime()) }),
      (error: unknown) => callback(error as Error),
    );
  }

  child(routeOptions: { routeInfo?: { method?: string; url?: string } }): DatabaseRateLimitStore {
    const route = routeOptions.routeInfo
      ? `${routeOptions.routeInfo.method ?? ''}${routeOptions.routeInfo.url ?? ''}:`
      : '';
    return new DatabaseRateLimitStore(this.db, `${this.prefix}${route}`);
  }
}
