import { z } from 'zod';
import {
  indicatorAggregations,
  indicatorFrequencies,
  indicatorValueTypes,
  valueKinds,
} from '../../db/tables/indicators.ts';

const uuid = (fr: string, en: string) => z.uuid(`${fr}|${en}`);
export const modelParams = z.object({
  modelId: uuid('Identifiant de modèle invalide.', 'Invalid model identifier.'),
});
export const idParams = z.object({ id: uuid('Identifiant invalide.', 'Invalid identifier.') });
export const siteParams = z.object({
  siteId: uuid('Identifiant de site invalide.', 'Invalid site identifier.'),
});
export const tokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Lien invalide.|Invalid link.'),
});

const text = (max: number, fr: string, en: string) =>
  z.string().trim().min(1, `${fr}|${en}`).max(max, `${max} caractères au plus.|${max} characters at most.`);

export const indicatorBody = z.object({
  name: text(120, 'Donnez un nom à l’indicateur.', 'Give the indicator a name.'),
  definition: text(
    2000,
    'Écrivez la définition : ce qui est compté, comment.',
    'Write the definition: what is counted, how.',
  ),
  unit: text(
    30,
    'Indiquez l’unité (kWc, personnes, installations…).',
    'Give the unit (kWp, people, installations…).',
  ),
  valueType: z.enum(indicatorValueTypes, 'Type : entier ou décimal.|Type: integer or decimal.'),
  frequency: z.enum(
    indicatorFrequencies,
    'Fréquence : mensuelle, trimestrielle ou annuelle.|Frequency: monthly, quarterly or yearly.',
  ),
  aggregation: z.enum(
    indicatorAggregations,
    'Agrégation : somme, moyenne, dernière valeur ou nombre.|Aggregation: sum, average, last value or count.',
  ),
  higherIsBetter: z.boolean('Précisez si une valeur plus haute est meilleure.|Say whether higher is better.'),
  noPersonalData: z.literal(
    true,
    'Confirmez que l’indicateur ne contient aucune donnée personnelle.|Confirm that the indicator holds no personal data.',
  ),
  isPublic: z.boolean().default(false),
});
export const updateIndicatorBody = indicatorBody.extend({ version: z.number().int().positive() });
export type IndicatorInput = z.infer<typeof indicatorBody>;

export const indicatorView = z.object({
  id: z.string(),
  modelId: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.string(),
  valueType: z.enum(indicatorValueTypes),
  frequency: z.enum(indicatorFrequencies),
  aggregation: z.enum(indicatorAggregations),
  higherIsBetter: z.boolean(),
  noPersonalData: z.boolean(),
  isPublic: z.boolean(),
  version: z.number(),
});
export const dictionaryView = z.object({ indicators: z.array(indicatorView), canEdit: z.boolean() });

/** What a person sends for one value: the number may be typed the French way (`1 234,5`). */
export const valueInput = z.object({
  indicatorId: uuid('Choisissez l’indicateur.', 'Choose the indicator.'),
  kind: z.enum(
    valueKinds,
    'Type de valeur : référence, cible ou réel.|Value kind: baseline, target or actual.',
  ),
  period: z.string('Indiquez la période.|Give the period.').trim().max(20),
  value: z.union([z.number(), z.string().max(40)], 'Indiquez une valeur numérique.|Give a numeric value.'),
  unit: z.string().trim().max(30).optional(),
});
export type ValueInput = z.infer<typeof valueInput>;
export const updateValueBody = z.object({
  value: z.union([z.number(), z.string().max(40)], 'Indiquez une valeur numérique.|Give a numeric value.'),
  unit: z.string().trim().max(30).optional(),
  version: z.number().int().positive(),
});

export const valueView = z.object({
  id: z.string(),
  indicatorId: z.string(),
  siteId: z.string(),
  kind: z.enum(valueKinds),
  period: z.string(),
  value: z.number(),
  source: z.string(),
  version: z.number(),
});
export const siteValuesView = z.object({
  site: z.object({ id: z.string(), name: z.string(), modelId: z.string() }),
  indicators: z.array(indicatorView),
  values: z.array(valueView),
  canEdit: z.boolean(),
  remindersEnabled: z.boolean(),
});

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], 'dryRun : true ou false.|dryRun: true or false.')
    .optional()
    .transform((v) => v !== 'false'),
});
export const importReport = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  valid: z.number(),
  written: z.number(),
  errors: z.array(z.object({ line: z.number(), field: z.string(), reason: z.string() })),
});

export const linkBody = z.object({
  period: z.string().trim().min(1, 'Indiquez la période.|Give the period.').max(20),
  email: z.email('Adresse électronique invalide.|Invalid e-mail address.').max(254),
  days: z
    .number()
    .int()
    .min(1, 'Entre 1 et 60 jours.|Between 1 and 60 days.')
    .max(60, 'Entre 1 et 60 jours.|Between 1 and 60 days.')
    .default(14),
});
export const linkCreated = z.object({ id: z.string(), expiresAt: z.string(), period: z.string() });
export const linkView = z.object({
  site: z.object({ id: z.string(), name: z.string() }),
  period: z.string(),
  expiresAt: z.string(),
  indicators: z.array(indicatorView),
  values: z.array(valueView),
});
export const linkSubmitBody = z.object({
  siteId: uuid('Identifiant de site invalide.', 'Invalid site identifier.').optional(),
  values: z
    .array(valueInput.omit({ period: true }))
    .min(1, 'Saisissez au moins une valeur.|Enter at least one value.')
    .max(200),
});

export const settingsBody = z.object({
  stalledDays: z
    .number()
    .int()
    .min(30, 'Entre 30 et 3650 jours.|Between 30 and 3650 days.')
    .max(3650, 'Entre 30 et 3650 jours.|Between 30 and 3650 days.'),
  graceDays: z
    .number()
    .int()
    .min(0, 'Entre 0 et 365 jours.|Between 0 and 365 days.')
    .max(365, 'Entre 0 et 365 jours.|Between 0 and 365 days.'),
  remindersEnabled: z.boolean(),
  publicDashboard: z.boolean(),
  version: z.number().int().positive(),
});
export const settingsView = settingsBody.extend({ canEdit: z.boolean() });
export const optOutBody = z.object({ enabled: z.boolean('Indiquez true ou false.|Give true or false.') });

export const dashboardQuery = z.object({
  granularity: z
    .enum(['native', 'year'], 'Granularité : native ou year.|Granularity: native or year.')
    .default('native'),
});
const offsetMessage = 'Position : un entier positif ou nul.|Offset: a whole number, zero or more.';
const limitMessage = 'Taille de page : entre 1 et 500.|Page size: between 1 and 500.';
export const lateQuery = z.object({
  offset: z.coerce.number(offsetMessage).int(offsetMessage).min(0, offsetMessage).default(0),
  limit: z.coerce
    .number(limitMessage)
    .int(limitMessage)
    .min(1, limitMessage)
    .max(500, limitMessage)
    .default(100),
});
/** A page of the network's sites, optionally those of one département (the map's filter). */
export const sitesQuery = lateQuery.extend({
  departement: z
    .string()
    .regex(
      /^(\d{2}|2[AB]|97\d)$/,
      'Département : un code INSEE de département (par exemple 07, 2A ou 974).|Département: an INSEE département code (for example 07, 2A or 974).',
    )
    .optional(),
});
export const compareQuery = z.object({
  indicatorId: uuid('Choisissez l’indicateur.', 'Choose the indicator.'),
});
export const exportQuery = dashboardQuery.extend({
  indicatorId: uuid('Choisissez l’indicateur.', 'Choose the indicator.'),
});
