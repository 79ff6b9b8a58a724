import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import {
  idParams,
  memberParams,
  memberRoleBody,
  memberView,
  organisationInput,
  organisationUpdate,
  organisationView,
  transferBody,
} from './organisations.schemas.ts';
import { changeMemberRole, leaveOrganisation, removeMember, transferOwnership } from './members.service.ts';
import { invitationsRoutes } from './invitations.routes.ts';
import {
  createOrganisation,
  getOrganisation,
  listMyOrganisations,
  listOrganisationMembers,
  updateOrganisation,
} from './organisations.service.ts';

export const organisationsRoutes: CapabilityRoutes = async (app, ctx) => {
  const tags = ['organisations'];
  await invitationsRoutes(app, ctx);
  app.patch(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Changer le rôle d’un membre',
        params: memberParams,
        body: memberRoleBody,
        response: { 200: memberView },
      },
    },
    async (request) =>
      changeMemberRole(ctx, request.actor, request.params.id, request.params.userId, request.body.role),
  );
  app.delete(
    '/organisations/:id/members/:userId',
    { schema: { tags, summary: 'Retirer un membre', params: memberParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeMember(ctx, request.actor, request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/organisations/:id/leave',
    { schema: { tags, summary: 'Quitter une organisation', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await leaveOrganisation(ctx, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/organisations/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Transférer la propriété',
        params: idParams,
        body: transferBody,
        response: { 200: z.object({ items: z.array(memberView) }) },
      },
    },
    async (request) => ({
      items: await transferOwnership(ctx, request.actor, request.params.id, request.body.userId),
    }),
  );
  app.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Créer une organisation',
        body: organisationInput,
        response: { 201: organisationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganisation(ctx, request.actor, request.body)),
  );
  app.get(
    '/organisations/mine',
    {
      schema: {
        tags,
        summary: 'Mes organisations',
        response: { 200: z.object({ items: z.array(organisationView) }) },
      },
    },
    async (request) => ({ items: await listMyOrganisations(ctx, request.actor) }),
  );
  app.get(
    '/organisations/:id',
    { schema: { tags, summary: 'Une organisation', params: idParams, response: { 200: organisationView } } },
    async (request) => getOrganisation(ctx, request.actor, request.params.id),
  );
  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une organisation',
        params: idParams,
        body: organisationUpdate,
        response: { 200: organisationView },
      },
    },
    async (request) => updateOrganisation(ctx, request.actor, request.params.id, request.body),
  );
  app.get(
    '/organisations/:id/members',
    {
      schema: {
        tags,
        summary: 'Membres d’une organisation',
        params: idParams,
        response: { 200: z.object({ items: z.array(memberView) }) },
      },
    },
    async (request) => ({ items: await listOrganisationMembers(ctx, request.actor, request.params.id) }),
  );
};
