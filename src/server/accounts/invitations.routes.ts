import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import {
  invitationBody,
  invitationParams,
  invitationTokenParams,
  invitationView,
  idParams,
  organisationView,
  publicInvitationView,
} from './organisations.schemas.ts';
import {
  acceptInvitation,
  cancelInvitation,
  createInvitation,
  declineInvitation,
  describeInvitation,
  listInvitations,
} from './invitations.service.ts';

export const invitationsRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['organisations'];
  app.post(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Inviter un membre par e-mail',
        params: idParams,
        body: invitationBody,
        response: { 201: invitationView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvitation(ctx, request.actor, request.params.id, request.body)),
  );
  app.get(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations de l’organisation',
        params: idParams,
        response: { 200: z.object({ items: z.array(invitationView) }) },
      },
    },
    async (request) => ({
      items: await listInvitations(ctx, request.actor, request.params.id),
    }),
  );
  app.delete(
    '/organisations/:id/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Annuler une invitation',
        params: invitationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await cancelInvitation(ctx, request.actor, request.params.id, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/invitations/:token',
    {
      schema: {
        tags,
        summary: 'Voir une invitation reçue',
        params: invitationTokenParams,
        response: { 200: publicInvitationView },
      },
    },
    async (request) => describeInvitation(ctx, request.params.token),
  );
  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Accepter une invitation',
        params: invitationTokenParams,
        response: { 200: organisationView },
      },
    },
    async (request) => acceptInvitation(ctx, request.actor, request.params.token),
  );
  app.post(
    '/invitations/:token/decline',
    {
      schema: {
        tags,
        summary: 'Refuser une invitation',
        params: invitationTokenParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await declineInvitation(ctx, request.params.token, request.ip);
      return reply.status(204).send(null);
    },
  );
};
