import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import {
  territoryParams,
  territoryQuery,
  territorySearchQuery,
  territoryView,
} from './territories.schemas.ts';
import {
  getTerritory,
  presentTerritory,
  resolveTerritory,
  searchTerritories,
} from './territories.service.ts';
import { referenceOf, similarTerritories } from './similar.ts';
import { NotFoundError } from '../errors.ts';

/** French territories (COG): public reference data, no sign-in needed. */
export const territoriesRoutes: CapabilityRoutes = (app) => {
  const tags = ['territories'];
  app.get(
    '/territories/search',
    {
      schema: {
        tags,
        summary: 'Chercher un territoire (nom, code postal, code INSEE)',
        querystring: territorySearchQuery,
        response: { 200: z.object({ items: z.array(territoryView) }) },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return { items: searchTerritories(request.query.q, request.query.types, request.query.limit) };
    },
  );
  app.get(
    '/territories/:code',
    {
      schema: {
        tags,
        summary: 'Un territoire',
        params: territoryParams,
        querystring: territoryQuery,
        response: { 200: territoryView },
      },
    },
    async (request) => getTerritory(request.params.code, request.query.type),
  );
  app.get(
    '/territories/:code/similar',
    {
      schema: {
        tags,
        summary: 'Territoires comparables (même nature d’EPCI, même tranche de population)',
        params: territoryParams,
        querystring: territoryQuery,
        response: { 200: z.object({ reference: territoryView, items: z.array(territoryView) }) },
      },
    },
    async (request) => {
      const t = resolveTerritory(
        request.query.type ? { type: request.query.type, code: request.params.code } : request.params.code,
      );
      if ('fr' in t) throw new NotFoundError(t);
      const items = similarTerritories(t, 12).map(presentTerritory);
      return { reference: presentTerritory(referenceOf(t)), items };
    },
  );
};
