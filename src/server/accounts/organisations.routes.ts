import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import { idParams, memberView, organisationInput, organisationUpdate, organisationView } from './organisations.schemas.ts';
import {
  createOrganisation,
  getOrganisation,
  listMyOrganisations,
  listOrganisationMembers,
  updateOrganisation,
} from './organisations.service.ts';

export const organisationsRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['organisations'];
  app.post(
    '/organisations',
    { schema: { tags, summary: 'Créer une organisation', body: organisationInput, response: { 201: organisationView } } },
    async (request, reply) => reply.status(201).send(await createOrganisation(ctx, request.actor, request.body)),
  );
  app.get(
    '/organisations/mine',
    { schema: { tags, summary: 'Mes organisations', response: { 200: z.object({ items: z.array(organisationView) }) } } },
    async (request) => ({ items: await listMyOrganisations(ctx, request.actor) }),
  );
  app.get(
    '/organisations/:id',
    { schema: { tags, summary: 'Une organisation', params: idParams, response: { 200: organisationView } } },
    async (request) => getOrganisation(ctx, request.actor, request.params.id),
  );
  app.patch(
    '/organisations/:id',
    { schema: { tags, summary: 'Modifier une organisation', params: idParams, body: organisationUpdate, response: { 200: organisationView } } },
    async (request) => updateOrganisation(ctx, request.actor, request.params.id, request.body),
  );
  app.get(
    '/organisations/:id/members',
    { schema: { tags, summary: 'Membres d’une organisation', params: idParams, response: { 200: z.object({ items: z.array(memberView) }) } } },
    async (request) => ({ items: await listOrganisationMembers(ctx, request.actor, request.params.id) }),
  );
};
