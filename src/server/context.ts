import type {
  FastifyInstance,
  FastifyBaseLogger,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db, Dialect } from '../db/database.ts';
import type { Env } from './env.ts';

/** What every service needs, handed in explicitly (no globals): the database, the configuration and the clock. */
export interface AppContext {
  db: Db;
  dialect: Dialect;
  env: Env;
  /** The clock, replaceable in tests (expiry of links, reminders, deadlines). */
  now: () => Date;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A capability's routes: registered under /api/v1 by app.ts. */
export type CapabilityRoutes = (app: App, ctx: AppContext) => Promise<void> | void;
