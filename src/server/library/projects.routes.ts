import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { msg } from '../errors.ts';
import {
  cardPage,
  idParams,
  listQuery,
  projectInput,
  projectUpdate,
  projectView,
  storyInput,
  versionBody,
} from './library.schemas.ts';
import { addImage, deleteImage, getImage, MAX_IMAGE_BYTES } from './images.service.ts';
import { acceptRawFiles, rawFileBodyLimit, requireFileBody, sendStoredFile } from '../http/file-transfer.ts';
import {
  createProject,
  deleteProject,
  getProject,
  publishProject,
  restoreProject,
  unpublishProject,
  updateProject,
} from './projects.service.ts';
import { listMyProjects, listTrash } from './projects.list.ts';
import { putStory } from './story.service.ts';

export async function projectsRoutes(app: App, ctx: AppContext): Promise<void> {
  const tags = ['library'];
  app.post(
    '/projects',
    {
      schema: {
        tags,
        summary: 'Créer une fiche projet (brouillon)',
        body: projectInput,
        response: { 201: projectView },
      },
    },
    async (request, reply) => reply.status(201).send(await createProject(ctx, request.actor, request.body)),
  );
  app.get(
    '/projects/mine',
    {
      schema: {
        tags,
        summary: 'Les fiches de mes organisations',
        querystring: listQuery,
        response: { 200: cardPage },
      },
    },
    async (request) => listMyProjects(ctx, request.actor, request.query),
  );
  app.get(
    '/projects/trash',
    {
      schema: {
        tags,
        summary: 'Corbeille : fiches supprimées depuis moins de 30 jours',
        querystring: listQuery,
        response: { 200: cardPage },
      },
    },
    async (request) => listTrash(ctx, request.actor, request.query),
  );
  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Une fiche projet (avec son récit si c’est une étude de cas)',
        params: idParams,
        response: { 200: projectView },
      },
    },
    async (request) => getProject(ctx, request.actor, request.params.id),
  );
  app.patch(
    '/projects/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une fiche (version requise ; 409 si elle a changé)',
        params: idParams,
        body: projectUpdate,
        response: { 200: projectView },
      },
    },
    async (request) => updateProject(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/projects/:id',
    { schema: { tags, summary: 'Mettre une fiche à la corbeille', params: idParams } },
    async (request, reply) => {
      await deleteProject(ctx, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/projects/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restaurer une fiche de la corbeille',
        params: idParams,
        response: { 200: projectView },
      },
    },
    async (request) => restoreProject(ctx, request.actor, request.params.id),
  );
  app.post(
    '/projects/:id/publish',
    { schema: { tags, summary: 'Publier une fiche', params: idParams, response: { 200: projectView } } },
    // Body optional ({ version }): checked here, as the zod type provider does not accept an absent body.
    async (request) =>
      publishProject(ctx, request.actor, request.params.id, versionBody.parse(request.body ?? {})?.version),
  );
  app.post(
    '/projects/:id/unpublish',
    {
      schema: {
        tags,
        summary: 'Repasser une fiche en brouillon',
        params: idParams,
        response: { 200: projectView },
      },
    },
    // Body optional ({ version }): checked here, as the zod type provider does not accept an absent body.
    async (request) =>
      unpublishProject(ctx, request.actor, request.params.id, versionBody.parse(request.body ?? {})?.version),
  );
  app.put(
    '/projects/:id/story',
    {
      schema: {
        tags,
        summary: 'Écrire le récit d’une étude de cas (en entier, versionné)',
        params: idParams,
        body: storyInput,
        response: { 200: projectView },
      },
    },
    async (request) => {
      await putStory(ctx, request.actor, request.params.id, request.body);
      return getProject(ctx, request.actor, request.params.id);
    },
  );

  const imageParams = z.object({
    id: z.uuid(),
    imageId: z.uuid('Identifiant invalide.|Invalid identifier.'),
  });
  const imageView = z.object({
    id: z.string(),
    url: z.string(),
    alt: z.string(),
    contentType: z.string(),
    size: z.number(),
    width: z.number().nullable(),
    height: z.number().nullable(),
  });
  await app.register(async (images) => {
    // Raw bytes: the type is checked from the content itself by the service, whatever the header says.
    acceptRawFiles(
      images,
      ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml', 'application/octet-stream'],
      MAX_IMAGE_BYTES,
    );
    const typed = images as App;
    typed.post(
      '/projects/:id/images',
      {
        bodyLimit: rawFileBodyLimit(MAX_IMAGE_BYTES),
        schema: {
          tags,
          summary:
            'Ajouter une image (PNG, JPEG ou WebP, 2 Mo au plus) : corps = le fichier, ?alt= texte alternatif',
          params: idParams,
          querystring: z.object({
            alt: z
              .string()
              .trim()
              .max(
                300,
                'Texte alternatif : 300 caractères au plus.|Alternative text: 300 characters at most.',
              )
              .default(''),
          }),
          response: { 201: imageView },
        },
      },
      async (request, reply) => {
        const body = requireFileBody(
          request.body,
          msg(
            'Envoyez le fichier image lui-même (PNG, JPEG ou WebP).',
            'Send the image file itself (PNG, JPEG or WebP).',
          ),
        );
        return reply
          .status(201)
          .send(await addImage(ctx, request.actor, request.params.id, body, request.query.alt));
      },
    );
  });
  app.get(
    '/projects/:id/images/:imageId',
    { schema: { tags, summary: 'Une image de fiche', params: imageParams } },
    async (request, reply) => {
      const image = await getImage(ctx, request.actor, request.params.id, request.params.imageId);
      const extension = image.content_type.split('/')[1];
      return sendStoredFile(reply, {
        contentType: image.content_type,
        name: `image-${image.id}.${extension}`,
        data: image.data,
        public: image.public,
        disposition: 'inline',
      });
    },
  );
  app.delete(
    '/projects/:id/images/:imageId',
    { schema: { tags, summary: 'Retirer une image', params: imageParams } },
    async (request, reply) => {
      await deleteImage(ctx, request.actor, request.params.id, request.params.imageId);
      return reply.status(204).send();
    },
  );
}
