import { z } from 'zod';
import {
  BLOCKS,
  EVIDENCE_LEVELS,
  LICENCES,
  PREREQUISITE_CATEGORIES,
  type BlockName,
} from './model-labels.ts';

/** Every block but the two single ones (identity, licence) is a list of items with ids. */
const LIST_BLOCKS = BLOCKS.filter(
  (b): b is Exclude<BlockName, 'identity' | 'licence'> => b !== 'identity' && b !== 'licence',
);

// The labels live in a module without zod, so that the web app can show them without loading zod (about 80 KB).
export {
  BLOCKS,
  BLOCK_TITLES,
  EVIDENCE_LEVELS,
  LICENCES,
  LICENCE_LABELS,
  PREREQUISITE_CATEGORIES,
  type BlockName,
  type EvidenceLevel,
  type Licence,
} from './model-labels.ts';

/**
 * A replicable model (« modèle essaimable ») as structured blocks. The same shape is the draft a carrier edits, the
 * frozen content of each published version (a transfer kit) and the `content` of the exchange format
 * `essaim.kit/v1`. Text is written by the carrier in one language; ids are short strings chosen by the editor so that
 * versions can be compared item by item.
 */

const text = (max: number) =>
  z.string().trim().max(max, `${max} caractères au plus.|${max} characters at most.`);
const itemId = z
  .string()
  .trim()
  .min(1, 'Identifiant requis.|Identifier required.')
  .max(64, '64 caractères au plus.|64 characters at most.')
  .regex(
    /^[A-Za-z0-9._-]+$/,
    'Lettres, chiffres, « . », « - » et « _ » seulement.|Letters, digits, ".", "-" and "_" only.',
  );
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `${max} éléments au plus.|${max} items at most.`);

export const identityBlock = z.object({
  name: text(200),
  /** The need it answers. */
  need: text(4000),
  /** For whom. */
  audience: text(2000),
  /** The results it has shown. */
  results: text(4000),
  /** Where it already runs (places, one per line). */
  whereItRuns: list(text(200), 200),
});

export const elementBlock = z.object({
  id: itemId,
  title: text(200),
  description: text(4000),
  kind: z.enum(['fixed', 'adaptable']),
  /** Fixed elements: why they must not change. */
  why: text(2000),
  /** Adaptable elements: the options, the limits of adaptation and adaptations already made. */
  options: list(text(500), 30),
  limits: text(2000),
  examples: list(text(500), 30),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
});

export const prerequisiteBlock = z.object({
  id: itemId,
  title: text(200),
  description: text(2000),
  category: z.enum(PREREQUISITE_CATEGORIES),
  /** Question ids of the replicator-fit instrument this prerequisite matches (checked by the server). */
  fitQuestionIds: list(text(100), 10),
});

export const taskBlock = z.object({
  id: itemId,
  title: text(200),
  description: text(2000),
  duration: text(100),
  /** Role ids (see `roles`) or free names. */
  roles: list(text(100), 20),
  deliverables: list(text(300), 20),
  /** Resource ids (files or links of the model) the task uses. */
  resourceRefs: list(text(100), 30),
});

export const phaseBlock = z.object({
  id: itemId,
  title: text(200),
  description: text(2000),
  duration: text(100),
  tasks: list(taskBlock, 60),
});

export const roleBlock = z.object({ id: itemId, title: text(200), description: text(2000) });
export const supportBlock = z.object({
  id: itemId,
  kind: z.enum(['training', 'sponsorship', 'shared-tools', 'advice', 'other']),
  title: text(200),
  description: text(2000),
});
export const commitmentBlock = z.object({
  id: itemId,
  kind: z.enum(['charter', 'trademark', 'contribution', 'reporting', 'other']),
  title: text(200),
  description: text(2000),
});
export const figureBlock = z.object({
  id: itemId,
  kind: z.enum(['budget', 'staff', 'time-to-launch', 'other']),
  label: text(200),
  value: text(100),
  note: text(1000),
  /** The figure is not sure (a source disagrees, or it dates). */
  uncertain: z.boolean(),
});
export const pitfallBlock = z.object({ id: itemId, title: text(200), description: text(2000) });
export const faqBlock = z.object({ id: itemId, question: text(500), answer: text(4000) });
export const linkBlock = z.object({
  id: itemId,
  title: text(200),
  url: z
    .url({
      protocol: /^https?$/,
      error: 'Adresse web (http ou https) invalide.|Invalid web address (http or https).',
    })
    .max(2000),
  description: text(1000),
});

export const modelContent = z
  .object({
    identity: identityBlock,
    elements: list(elementBlock, 100),
    prerequisites: list(prerequisiteBlock, 60),
    phases: list(phaseBlock, 20),
    roles: list(roleBlock, 40),
    support: list(supportBlock, 40),
    commitments: list(commitmentBlock, 40),
    figures: list(figureBlock, 60),
    pitfalls: list(pitfallBlock, 60),
    faq: list(faqBlock, 100),
    links: list(linkBlock, 100),
    licence: z.enum(LICENCES).nullable(),
  })
  .superRefine((content, ctx) => {
    // Ids must be unique within each list (diffs and resource references rely on them).
    const check = (path: string, ids: string[]) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: [...path.split('.'), i, 'id'],
            message: 'Identifiant déjà utilisé dans ce bloc.|Identifier already used in this block.',
          });
        seen.add(id);
      });
    };
    for (const key of LIST_BLOCKS) {
      check(
        key,
        content[key].map((x) => x.id),
      );
    }
    check(
      'tasks',
      content.phases.flatMap((p) => p.tasks.map((t) => t.id)),
    );
  });

export type ModelContent = z.infer<typeof modelContent>;
export type ModelElement = z.infer<typeof elementBlock>;
export type ModelPhase = z.infer<typeof phaseBlock>;

export function emptyModelContent(name = ''): ModelContent {
  return {
    identity: { name, need: '', audience: '', results: '', whereItRuns: [] },
    elements: [],
    prerequisites: [],
    phases: [],
    roles: [],
    support: [],
    commitments: [],
    figures: [],
    pitfalls: [],
    faq: [],
    links: [],
    licence: null,
  };
}
