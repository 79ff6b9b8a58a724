import { z } from 'zod';
import { modelContent } from './model.schemas.ts';

/**
 * `essaim.kit/v1`: the exchange format of a transfer kit between Essaim instances (and any other tool). One JSON
 * document:
 * - `schema`: always "essaim.kit/v1" (a later incompatible shape gets a new name);
 * - `kit`: the model's title, its carrier organisation's name and the version exported (number, change note,
 *   publication date; number and dates are informative: an import starts a new draft);
 * - `content`: the blocks, exactly as in `model.schemas.ts` (identity, elements, prerequisites, phases with tasks,
 *   roles, support, commitments, figures, pitfalls, faq, links, licence);
 * - `resources`: the list of resource files (id, name, type, size, SHA-256, description). The files themselves travel
 *   in the zip export (`resources/<name>`), not in the JSON.
 */
export const KIT_SCHEMA = 'essaim.kit/v1';

export const kitResource = z.object({
  id: z.string().max(100),
  name: z.string().max(255),
  type: z.string().max(120),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Empreinte SHA-256 invalide.|Invalid SHA-256 digest.'),
  description: z.string().max(1000),
});

export const kitDocument = z.object({
  schema: z.literal(KIT_SCHEMA, {
    error: 'Format attendu : « essaim.kit/v1 ».|Expected format: "essaim.kit/v1".',
  }),
  kit: z.object({
    title: z.string().trim().min(1).max(200),
    carrier: z.string().max(300).nullable(),
    version: z.number().int().positive().nullable(),
    changeNote: z.string().max(2000).nullable(),
    publishedAt: z.string().max(40).nullable(),
  }),
  content: modelContent,
  resources: z.array(kitResource).max(500),
});

export type KitDocument = z.infer<typeof kitDocument>;
