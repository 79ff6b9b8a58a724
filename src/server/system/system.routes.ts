import { sql } from 'kysely';
import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { APP_VERSION } from '../version.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ reachable: z.boolean(), dialect: z.enum(['sqlite', 'postgres']) }),
});

export const systemRoutes: CapabilityRoutes = (app, ctx) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'État du service et de sa base de données',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      let reachable = true;
      try {
        await sql`select 1`.execute(ctx.db);
      } catch {
        reachable = false;
      }
      const body = {
        status: reachable ? ('ok' as const) : ('degraded' as const),
        version: APP_VERSION,
        database: { reachable, dialect: ctx.dialect },
      };
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );
};
