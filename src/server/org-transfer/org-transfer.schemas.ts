import { z } from 'zod';

export const organisationParams = z.object({
  id: z.uuid('Identifiant d’organisation invalide.|Invalid organisation identifier.'),
});

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v !== 'false'),
  name: z
    .string()
    .trim()
    .min(2, 'Le nom doit compter au moins 2 caractères.|The name must have at least 2 characters.')
    .max(200, 'Le nom compte au plus 200 caractères.|The name has at most 200 characters.')
    .optional(),
});

const reference = z.object({ table: z.string(), id: z.string(), label: z.string() });
const leftOut = z.object({ table: z.string(), column: z.string(), rows: z.number(), missing: reference });

export const importReport = z.object({
  dryRun: z.boolean(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  source: z.object({ id: z.string(), name: z.string(), exportedAt: z.string(), migration: z.string() }),
  created: z.record(z.string(), z.number()),
  people: z.object({ matched: z.number(), created: z.number(), createdEmails: z.array(z.string()) }),
  dropped: z.array(leftOut),
  cleared: z.array(leftOut),
});
