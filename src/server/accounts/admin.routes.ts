import type { CapabilityRoutes } from '../context.ts';
import {
  adminOrganisationView,
  adminUserUpdate,
  adminUserView,
  auditEntryView,
  auditQuery,
  outboxDetailView,
  outboxIdParams,
  outboxItemView,
  outboxQuery,
  page,
  searchPageQuery,
  userIdParams,
} from './admin.schemas.ts';
import {
  getOutboxMessage,
  listAudit,
  listOrganisations,
  listOutbox,
  listUsers,
  updateUser,
} from './admin.service.ts';

export const adminRoutes: CapabilityRoutes = (app, ctx) => {
  const tags = ['administration'];
  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Comptes (recherche, pagination)',
        querystring: searchPageQuery,
        response: { 200: page(adminUserView) },
      },
    },
    async (request) => listUsers(ctx, request.actor, request.query),
  );
  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Changer le rôle ou désactiver un compte',
        params: userIdParams,
        body: adminUserUpdate,
        response: { 200: adminUserView },
      },
    },
    async (request) => updateUser(ctx, request.actor, request.params.id, request.body, request.ip),
  );
  app.get(
    '/admin/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations',
        querystring: searchPageQuery,
        response: { 200: page(adminOrganisationView) },
      },
    },
    async (request) => listOrganisations(ctx, request.actor, request.query),
  );
  app.get(
    '/admin/outbox',
    {
      schema: {
        tags,
        summary: 'Messages envoyés ou en attente',
        querystring: outboxQuery,
        response: { 200: page(outboxItemView) },
      },
    },
    async (request) => listOutbox(ctx, request.actor, request.query),
  );
  app.get(
    '/admin/outbox/:id',
    {
      schema: {
        tags,
        summary: 'Un message de la boîte d’envoi',
        params: outboxIdParams,
        response: { 200: outboxDetailView },
      },
    },
    async (request) => getOutboxMessage(ctx, request.actor, request.params.id),
  );
  app.get(
    '/admin/audit',
    {
      schema: {
        tags,
        summary: 'Journal d’audit',
        querystring: auditQuery,
        response: { 200: page(auditEntryView) },
      },
    },
    async (request) => listAudit(ctx, request.actor, request.query),
  );
};
