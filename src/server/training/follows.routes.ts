import { z } from 'zod';
import type { CapabilityRoutes } from '../context.ts';
import * as s from './training.schemas.ts';
import * as follows from './follows.service.ts';

/**
 * Facilitators following projects over months (registered by trainingRoutes): the project's organisation invites
 * and ends the follow, the facilitator keeps private notes and reads their portfolio.
 */
export const followRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['training'];
  const projectParams = z.object({ projectId: z.uuid('Identifiant invalide.|Invalid identifier.') });
  const followParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
  app.get(
    '/projects/:projectId/facilitators',
    {
      schema: {
        tags,
        summary: 'Les animateurs et animatrices qui suivent le projet (pour son organisation)',
        params: projectParams,
      },
    },
    async (request) => follows.projectFollows(ctx, request.actor, request.params.projectId),
  );
  app.post(
    '/projects/:projectId/facilitators',
    {
      schema: {
        tags,
        summary: 'Inviter un animateur ou une animatrice à suivre le projet',
        params: projectParams,
        body: s.followBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await follows.inviteFacilitator(
            ctx,
            request.actor,
            request.params.projectId,
            request.body.facilitatorEmail,
          ),
        ),
  );
  app.delete(
    '/facilitator-follows/:id',
    { schema: { tags, summary: 'Arrêter le suivi', params: followParams } },
    async (request, reply) => {
      await follows.endFollow(ctx, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/facilitator-follows/:id/notes',
    {
      schema: {
        tags,
        summary: 'Mes notes privées sur un projet suivi',
        params: followParams,
        body: s.notesBody,
      },
    },
    async (request, reply) => {
      await follows.putNotes(ctx, request.actor, request.params.id, request.body.notes);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/me/facilitator-portfolio',
    {
      schema: {
        tags,
        summary:
          'Les projets que je suis : dernier diagnostic, avancement de la feuille de route, sites, notes, points de vigilance communs',
      },
    },
    async (request) => follows.portfolio(ctx, request.actor),
  );
};
