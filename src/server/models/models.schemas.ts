import { z } from 'zod';
import { modelContent } from '../../core/models/model.schemas.ts';
import { EXPORT_FORMATS } from './models.export.ts';
import { RESOURCE_KINDS } from './resource-files.ts';

export const idParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
export const projectParams = z.object({ projectId: z.uuid('Identifiant invalide.|Invalid identifier.') });
const versionNumber = z.coerce
  .number('Numéro de version invalide.|Invalid version number.')
  .int('Numéro de version invalide.|Invalid version number.')
  .positive('Numéro de version invalide.|Invalid version number.')
  .max(1_000_000);
export const versionParams = z.object({
  id: z.uuid('Identifiant invalide.|Invalid identifier.'),
  n: versionNumber,
});
export const kitParams = z.object({
  modelId: z.uuid('Identifiant invalide.|Invalid identifier.'),
  n: versionNumber,
});
export const resourceParams = z.object({
  id: z.uuid('Identifiant invalide.|Invalid identifier.'),
  resourceId: z.uuid('Identifiant invalide.|Invalid identifier.'),
});

export const createModelBody = z.object({ name: z.string().trim().min(1).max(200).optional() });
export const updateModelBody = z.object({ version: z.number().int().positive(), content: modelContent });
export const publishBody = z.object({
  changeNote: z
    .string()
    .trim()
    .min(1, 'Écrivez une note de version : ce qui a changé.|Write a change note: what changed.')
    .max(2000, '2000 caractères au plus.|2000 characters at most.'),
  version: z.number().int().positive().optional(),
});
const fromTo = z.union([z.literal('draft'), versionNumber]);
export const diffQuery = z.object({ from: fromTo, to: fromTo });
export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, 'Format : pdf, docx, md, json ou zip.|Format: pdf, docx, md, json or zip.'),
});
export const exportStartBody = z.object({
  format: z.enum(EXPORT_FORMATS, 'Format : pdf, docx, md, json ou zip.|Format: pdf, docx, md, json or zip.'),
  background: z.boolean('Indiquez oui ou non.|Say true or false.').default(false),
});
export const exportParams = versionParams.extend({
  exportId: z.uuid('Identifiant d’export invalide.|Invalid export identifier.'),
});
export const exportView = z.object({
  id: z.string(),
  modelId: z.string(),
  number: z.number(),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(['pending', 'running', 'done', 'failed']),
  progress: z.number().min(0).max(100),
  fileName: z.string().nullable(),
  size: z.number().nullable(),
  downloadUrl: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const listQuery = z.object({ projectId: z.uuid().optional() });
export const kitsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z
    .string()
    .regex(/^\d{1,7}$/)
    .optional(),
});
export const resourceQuery = z.object({
  name: z.string().trim().min(1, 'Donnez un nom au fichier.|Give the file a name.').max(255),
  type: z.enum(
    RESOURCE_KINDS,
    'Type déclaré : pdf, docx, odt, png, jpeg, csv ou txt.|Declared type: pdf, docx, odt, png, jpeg, csv or txt.',
  ),
  description: z.string().trim().max(1000).default(''),
});

const resourceView = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number(),
  sha256: z.string(),
  description: z.string(),
  url: z.string(),
  createdAt: z.string().optional(),
});
const missingView = z.object({ path: z.string(), message: z.object({ fr: z.string(), en: z.string() }) });
export const modelView = z.object({
  id: z.string(),
  projectId: z.string(),
  organisationId: z.string(),
  organisationName: z.string().nullable(),
  title: z.string(),
  content: modelContent,
  version: z.number(),
  latestVersion: z.number(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  missing: z.array(missingView),
  resources: z.array(resourceView),
  droppedResourceRefs: z.array(z.string()).optional(),
});
export const modelListView = z.array(
  z.object({
    id: z.string(),
    projectId: z.string(),
    organisationId: z.string(),
    title: z.string(),
    latestVersion: z.number(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  }),
);
export const versionView = z.object({
  modelId: z.string(),
  projectId: z.string(),
  title: z.string(),
  carrier: z.object({ organisationId: z.string(), name: z.string().nullable() }),
  number: z.number(),
  latestVersion: z.number(),
  changeNote: z.string(),
  publishedAt: z.string(),
  content: modelContent,
  resources: z.array(resourceView),
});
export const versionListView = z.object({
  modelId: z.string(),
  title: z.string(),
  items: z.array(z.object({ number: z.number(), changeNote: z.string(), publishedAt: z.string() })),
});
const itemRef = z.object({ id: z.string(), label: z.string() });
export const diffView = z.object({
  from: z.union([z.literal('draft'), z.number()]),
  to: z.union([z.literal('draft'), z.number()]),
  changedBlocks: z.number(),
  blocks: z.array(
    z.object({
      block: z.string(),
      added: z.array(itemRef),
      removed: z.array(itemRef),
      changed: z.array(
        itemRef.extend({
          fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
        }),
      ),
    }),
  ),
});
export const kitListView = z.object({
  items: z.array(
    z.object({
      modelId: z.string(),
      projectId: z.string(),
      title: z.string(),
      need: z.string(),
      carrier: z.string(),
      latestVersion: z.number(),
      publishedAt: z.string(),
      licence: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export const resourceListView = z.array(resourceView);
export { resourceView };
