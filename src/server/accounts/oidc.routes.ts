import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { setSessionCookie } from '../auth/auth.plugin.ts';
import { requireActor } from '../auth/permissions.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { organisationKinds, territoryTypes } from './organisations.schemas.ts';
import {
  finishOidc,
  OIDC_COOKIE,
  OIDC_STATE_TTL_SECONDS,
  OidcFailure,
  oidcErrorRedirect,
  oidcSettings,
  startOidc,
  suggestOrganisation,
} from './oidc.service.ts';

const suggestionView = z.object({
  siret: z.string().nullable(),
  siren: z.string().nullable(),
  suggestion: z
    .object({
      name: z.string(),
      kind: z.enum(organisationKinds),
      territoryCode: z.string().nullable(),
      territoryType: z.enum(territoryTypes).nullable(),
      existingOrganisationId: z.string().nullable(),
      isMember: z.boolean(),
    })
    .nullable(),
});

/** Sign-in with an OpenID Connect provider (ProConnect), when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export const oidcRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['accounts'];
  const cookiePath = '/api/v1/auth/oidc';
  const secure = () => ctx.env.PUBLIC_URL.startsWith('https://');

  app.get(
    '/auth/oidc/config',
    {
      schema: {
        tags,
        summary: 'Connexion OpenID Connect disponible ?',
        response: { 200: z.object({ enabled: z.boolean(), label: z.string() }) },
      },
    },
    async () => oidcSettings(ctx.env),
  );

  app.get(
    '/auth/oidc/start',
    {
      schema: {
        tags,
        summary: 'Commencer la connexion OpenID Connect (redirection)',
        querystring: z.object({ returnTo: z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      try {
        const { redirectTo, state } = await startOidc(ctx, request.query.returnTo);
        void reply.setCookie(OIDC_COOKIE, state, {
          path: cookiePath,
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(),
          maxAge: OIDC_STATE_TTL_SECONDS,
        });
        return reply.redirect(redirectTo, 302);
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC start failed');
        return reply.redirect(
          oidcErrorRedirect(ctx.env, error instanceof OidcFailure ? error.code : 'oidc_unavailable'),
          302,
        );
      }
    },
  );

  app.get(
    '/auth/oidc/callback',
    { schema: { tags, summary: 'Retour du fournisseur OpenID Connect', hide: true } },
    async (request, reply) => {
      void reply.clearCookie(OIDC_COOKIE, {
        path: cookiePath,
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(),
      });
      try {
        const currentUrl = new URL(request.url, ctx.env.PUBLIC_URL);
        const result = await finishOidc(ctx, {
          currentUrl,
          cookieState: request.cookies[OIDC_COOKIE],
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(reply, ctx, result.secret, result.expiresAt);
        return reply.redirect(result.redirectTo, 302);
      } catch (error) {
        const code = error instanceof OidcFailure ? error.code : 'oidc_failed';
        request.log.warn({ err: error }, 'OIDC sign-in refused');
        await recordAudit(
          ctx.db,
          {
            actorUserId: null,
            action: 'user.sign-in-failed',
            subjectType: 'user',
            ip: request.ip,
            details: { method: 'oidc', reason: code },
          },
          ctx.now(),
        );
        return reply.redirect(oidcErrorRedirect(ctx.env, code), 302);
      }
    },
  );

  app.get(
    '/auth/oidc/suggestion',
    {
      schema: { tags, summary: 'Organisation suggérée par le SIRET reçu', response: { 200: suggestionView } },
    },
    async (request) => suggestOrganisation(ctx, requireActor(request.actor).userId),
  );
};
