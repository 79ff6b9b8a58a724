import rateLimit from '@fastify/rate-limit';
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ForbiddenError, TooManyRequestsError, msg } from '../errors.ts';
import type { AppContext } from '../context.ts';
import { DatabaseRateLimitStore } from './rate-limit-store.ts';
import { registerTextGuard } from './text-guard.ts';
import { securityHeaders } from './security-headers.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security baseline: headers (a CSP with no inline script), cookies, rate limiting available to any route through
 * `config.rateLimit`, and a refusal of cross-site requests that change state (Origin check on top of SameSite).
 */
export async function registerSecurity(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const https = ctx.env.PUBLIC_URL.startsWith('https://');
  const headers = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Mantine writes style attributes at run time; scripts stay strictly external.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: function Store() {
      return new DatabaseRateLimitStore(ctx.db);
    } as unknown as never,
    errorResponseBuilder: (_request, context) => {
      return new TooManyRequestsError(Math.ceil(context.ttl / 1000));
    },
  });

  registerTextGuard(app);

  const allowedOrigins = new Set([new URL(ctx.env.PUBLIC_URL).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (!origin) return; // Not a browser cross-site request: browsers send Origin on every state-changing request.
    const host = request.headers.host;
    const sameHost = host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
    if (!sameHost && !allowedOrigins.has(origin)) {
      throw new ForbiddenError(
        msg('Requête refusée : elle vient d’un autre site.', 'Request refused: it comes from another site.'),
      );
    }
  });
}
