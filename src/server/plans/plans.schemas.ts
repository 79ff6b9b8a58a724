import { z } from 'zod';
import {
  BUDGET_CATEGORIES,
  FUNDING_STATUSES,
  ITEM_STATUSES,
  PLAN_ITEM_KINDS,
  SAFEGUARD_AREAS,
} from '../../core/plans/plan.types.ts';
import { SITUATION_IDS, STRATEGY_IDS } from '../../core/diagnostics/instrument-vocabulary.ts';

/**
 * Schemas of the plans API. A plan belongs to a project; its items have a kind (prerequisite, risk, safeguard,
 * milestone, budget line, partner), common fields and `details` of their kind. Dates are `YYYY-MM-DD`.
 */

const uuid = z.uuid('Identifiant invalide.|Invalid identifier.');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.|Expected date as YYYY-MM-DD.');
const level = z
  .number()
  .int()
  .min(1, 'Entre 1 et 3.|Between 1 and 3.')
  .max(3, 'Entre 1 et 3.|Between 1 and 3.');
const text = (max: number) => z.string().trim().max(max);

export const projectParams = z.object({ projectId: uuid.describe('Project id.') });
export const planParams = z.object({ id: uuid.describe('Plan id.') });
export const itemParams = z.object({ id: uuid.describe('Plan id.'), itemId: uuid.describe('Item id.') });

export const itemStatus = z
  .enum(ITEM_STATUSES)
  .describe('Les Communs status: en-cours, en-retard, en-pause, bloque, abandonne, termine.');
export const itemKind = z.enum(PLAN_ITEM_KINDS);

export const detailsSchemas = {
  prerequisite: z.object({}).strip(),
  risk: z.object({
    likelihood: level.default(2),
    impact: level.default(2),
    mitigation: text(5000).default(''),
  }),
  safeguard: z.object({
    area: z.enum(SAFEGUARD_AREAS),
    indicator: text(500).default(''),
    threshold: text(500).default(''),
  }),
  milestone: z.object({ dependsOn: z.array(uuid).max(50).default([]) }),
  'budget-line': z.object({
    category: z.enum(BUDGET_CATEGORIES).default('running'),
    amount: z.number().refine(Number.isFinite, 'Montant invalide.|Invalid amount.'),
    fundingSource: text(300).default(''),
    fundingStatus: z.enum(FUNDING_STATUSES).default('sought'),
  }),
  partner: z.object({ role: text(1000).default(''), contact: text(300).default('') }),
} as const;

const common = {
  title: z.string().trim().min(1, 'Un titre est nécessaire.|A title is needed.').max(300),
  description: text(5000).default(''),
  ownerId: uuid.nullable().default(null).describe('A member of the project’s organisation, or null.'),
  startDate: date.nullable().default(null),
  dueDate: date.nullable().default(null),
  status: itemStatus.default('en-cours'),
};

export const createItemBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prerequisite'), ...common, details: detailsSchemas.prerequisite.default({}) }),
  z.object({
    kind: z.literal('risk'),
    ...common,
    details: detailsSchemas.risk.default({ likelihood: 2, impact: 2, mitigation: '' }),
  }),
  z.object({ kind: z.literal('safeguard'), ...common, details: detailsSchemas.safeguard }),
  z.object({
    kind: z.literal('milestone'),
    ...common,
    details: detailsSchemas.milestone.default({ dependsOn: [] }),
  }),
  z.object({ kind: z.literal('budget-line'), ...common, details: detailsSchemas['budget-line'] }),
  z.object({
    kind: z.literal('partner'),
    ...common,
    details: detailsSchemas.partner.default({ role: '', contact: '' }),
  }),
]);
export type CreateItemBody = z.infer<typeof createItemBody>;

export const updateItemBody = z.object({
  version: z.number().int().positive(),
  title: common.title.optional(),
  description: text(5000).optional(),
  ownerId: uuid.nullable().optional(),
  startDate: date.nullable().optional(),
  dueDate: date.nullable().optional(),
  status: itemStatus.optional(),
  details: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Fields of the item’s kind to change (merged with the current ones).'),
});
export type UpdateItemBody = z.infer<typeof updateItemBody>;

export const objective = z.object({
  label: z.string().trim().min(1, 'Un intitulé est nécessaire.|A label is needed.').max(300),
  target: z.number().refine(Number.isFinite, 'Chiffre invalide.|Invalid figure.'),
  unit: text(100).default(''),
  date: date.nullable().default(null),
});

export const createPlanBody = z.object({
  diagnosticId: uuid
    .optional()
    .describe('A completed diagnostic of the same project: the plan is pre-filled from it.'),
  title: z.string().trim().min(1).max(300).optional(),
});

export const updatePlanBody = z.object({
  version: z.number().int().positive(),
  title: z.string().trim().min(1, 'Un titre est nécessaire.|A title is needed.').max(300).optional(),
  situation: z.enum(SITUATION_IDS).nullable().optional(),
  strategy: z.enum(STRATEGY_IDS).nullable().optional(),
  objectives: z.array(objective).max(30).optional(),
  summary: text(10_000).optional(),
  startDate: date.nullable().optional(),
  endDate: date.nullable().optional(),
  status: z.enum(['draft', 'active', 'archived']).optional(),
});
export type UpdatePlanBody = z.infer<typeof updatePlanBody>;

export const commentBody = z.object({
  body: z.string().trim().min(1, 'Le commentaire est vide.|The comment is empty.').max(5000),
});
export const proposalsQuery = z.object({ diagnosticId: uuid });
export const applyProposalsBody = z.object({
  diagnosticId: uuid,
  add: z
    .array(z.string().max(200))
    .max(200)
    .default([])
    .describe('Source keys of the proposed items to add.'),
  close: z.array(uuid).max(200).default([]).describe('Items to mark « terminé ».'),
});
export const reminderSettingsBody = z.object({ enabled: z.boolean() });

// ---------------------------------------------------------------- views

const sourceRef = z
  .object({
    diagnosticId: z.string(),
    key: z.string(),
    questionIds: z.array(z.string()),
    ruleId: z.string().optional(),
  })
  .nullable();

export const itemView = z.object({
  id: z.string(),
  kind: itemKind,
  title: z.string(),
  description: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: itemStatus,
  position: z.number(),
  details: z.record(z.string(), z.unknown()),
  sourceRef,
  commentCount: z.number(),
  version: z.number(),
  updatedAt: z.string(),
});
export type ItemView = z.infer<typeof itemView>;

const totals = z.object({
  total: z.number(),
  byCategory: z.object({ investment: z.number(), running: z.number() }),
  funded: z.number(),
  unfunded: z.number(),
  unfundedShare: z.number(),
});

const localized = z.object({ fr: z.string(), en: z.string() });

export const planSummaryView = z.object({
  id: z.string(),
  projectId: z.string(),
  diagnosticId: z.string().nullable(),
  title: z.string(),
  status: z.enum(['draft', 'active', 'archived']),
  strategy: z.string().nullable(),
  strategyTitle: localized.nullable().describe('Title of the chosen strategy, from the method content.'),
  itemCount: z.number(),
  updatedAt: z.string(),
  version: z.number(),
});

export const planView = planSummaryView.extend({
  projectTitle: z.string(),
  organisationId: z.string(),
  situation: z.string().nullable(),
  strategyRanking: z.array(z.object({ id: z.string(), score: z.number() })),
  objectives: z.array(
    z.object({ label: z.string(), target: z.number(), unit: z.string(), date: z.string().nullable() }),
  ),
  summary: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  createdAt: z.string(),
  items: z.array(itemView),
  totals,
  riskMatrix: z.array(
    z.array(z.object({ likelihood: z.number(), impact: z.number(), itemIds: z.array(z.string()) })),
  ),
  members: z.array(z.object({ id: z.string(), displayName: z.string() })).describe('Who may own an item.'),
  access: z.object({ canEdit: z.boolean() }),
  choices: z
    .object({
      situations: z.array(z.object({ id: z.string(), title: localized })),
      strategies: z.array(z.object({ id: z.string(), title: localized })),
    })
    .describe(
      'The situations and strategies of the method, with their titles, that the plan may choose from.',
    ),
});
export type PlanView = z.infer<typeof planView>;

export const planListView = z.object({ items: z.array(planSummaryView) });
export const commentView = z.object({
  id: z.string(),
  itemId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export const commentListView = z.object({ items: z.array(commentView) });
export const historyView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      itemId: z.string().nullable(),
      actorId: z.string().nullable(),
      actorName: z.string().nullable(),
      action: z.string(),
      changes: z.record(z.string(), z.unknown()),
      at: z.string(),
    }),
  ),
});
export const proposalsView = z.object({
  diagnosticId: z.string(),
  diff: z
    .object({
      newGaps: z.array(z.string()),
      closedGaps: z.array(z.string()),
      newVigilance: z.array(z.string()),
      closedVigilance: z.array(z.string()),
      newWeakDimensions: z.array(z.string()),
      closedWeakDimensions: z.array(z.string()),
    })
    .nullable()
    .describe('Compared with the diagnostic the plan was made from (null if none).'),
  add: z.array(
    z.object({
      key: z.string(),
      kind: itemKind,
      title: z.string(),
      description: z.string(),
      details: z.record(z.string(), z.unknown()),
      sourceRef,
    }),
  ),
  close: z.array(z.object({ itemId: z.string(), title: z.string(), key: z.string() })),
});
export const reminderSettingsView = z.object({ enabled: z.boolean() });
