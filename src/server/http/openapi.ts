import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { APP_VERSION } from '../version.ts';

/** OpenAPI 3.1 generated from the same zod schemas that validate requests, and a browsable reference. */
export async function registerOpenApi(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Essaim API',
        description:
          'API de la plateforme Essaim (changement d’échelle des projets d’innovation sociale et territoriale). ' +
          'Erreurs : `{ "error": { "code", "message", "fields" } }`, messages en français ou en anglais selon `Accept-Language`.',
        version: APP_VERSION,
      },
      servers: [{ url: ctx.env.PUBLIC_URL }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'essaim_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/reference',
    staticCSP: true,
    // swagger-ui sets style attributes from its script: styles need 'unsafe-inline' on this page only (scripts keep
    // their hashes); nothing is fetched from elsewhere, and the page may not be framed.
    transformStaticCSP: (header: string) =>
      header
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
        .replace(/font-src [^;]*/, "font-src 'self' data:")
        .replace(/img-src [^;]*/, "img-src 'self' data:")
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(ctx.env.PUBLIC_URL.startsWith('https://') ? /$^/ : /\s*upgrade-insecure-requests;?/, ''),
    uiConfig: { deepLinking: true, docExpansion: 'list' },
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
