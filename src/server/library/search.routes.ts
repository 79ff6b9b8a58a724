import type { FastifyReply } from 'fastify';
import type { App, AppContext } from '../context.ts';
import { mapCounts, searchLibraryJson } from './search.service.ts';
import { nearMe } from './near.service.ts';
import { mapQuery, mapResult, nearQuery, nearResult, searchQuery, searchResult } from './search.schemas.ts';

/**
 * Sends a search answer already validated against `searchResult` and serialised (search.service.ts, kept per
 * generation): Fastify sends bytes with a JSON type as they are. The schema still documents it.
 */
function sendJson(reply: FastifyReply, json: Buffer) {
  return reply.type('application/json; charset=utf-8').send(json);
}

export async function searchRoutes(app: App, ctx: AppContext): Promise<void> {
  const tags = ['library'];
  app.get(
    '/library/search',
    {
      schema: {
        tags,
        summary: 'Chercher dans la bibliothèque (texte en français, facettes, tri, pagination par curseur)',
        description:
          'Filtres à valeurs multiples séparées par des virgules (theme=energy,water). Tri par proximité : même EPCI, puis même département, puis même région que la commune `near`.',
        querystring: searchQuery,
        response: { 200: searchResult },
      },
    },
    async (request, reply) => sendJson(reply, await searchLibraryJson(ctx, request.actor, request.query)),
  );
  app.get(
    '/library/map',
    {
      schema: {
        tags,
        summary: 'Nombre de projets par département ou par région, avec les mêmes filtres',
        querystring: mapQuery,
        response: { 200: mapResult },
      },
    },
    async (request) => mapCounts(ctx, request.actor, request.query),
  );
  app.get(
    '/library/near',
    {
      schema: {
        tags,
        summary: 'Près de chez moi : mon département, ma région, des territoires comparables',
        querystring: nearQuery,
        response: { 200: nearResult },
      },
    },
    async (request) => nearMe(ctx, request.actor, request.query),
  );
}
