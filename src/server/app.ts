import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App, AppContext } from './context.ts';
import { capabilityRoutes } from './capabilities.ts';
import { handleFrameworkError, registerErrorHandlers, sendNotFound } from './http/error-handler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSecurity } from './http/security.ts';
import { isSpaRequest, registerSpa } from './http/spa.ts';
import { registerAuth } from './auth/auth.plugin.ts';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built SPA from dist/web (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the whole HTTP application around an already opened and migrated database. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: ctx.env.BODY_LIMIT_BYTES,
    trustProxy: ctx.env.TRUST_PROXY,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors: handleFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  registerErrorHandlers(app);
  await registerSecurity(app, ctx);
  await registerOpenApi(app, ctx);
  await registerAuth(app, ctx);

  await app.register(
    async (api) => {
      for (const routes of capabilityRoutes) await routes(api as App, ctx);
    },
    { prefix: '/api/v1' },
  );

  const sendSpaPage = options.serveWeb ? await registerSpa(app) : null;
  // Client routes get the SPA's index.html (it shows its own not-found page); the API keeps the JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (sendSpaPage && isSpaRequest(request.method, request.url, request.headers.accept)) {
      return sendSpaPage(request.url, reply);
    }
    return sendNotFound(request, reply);
  });
  return app as unknown as App;
}
