import { z } from 'zod';
import { SITUATION_IDS } from '../../core/method/method.schemas.ts';
import { checkMarkdown } from './markdown.ts';

export const THEMES = [
  'energy',
  'water',
  'food-agriculture',
  'housing',
  'mobility',
  'employment-integration',
  'health',
  'culture',
  'digital',
  'social-ties',
  'environment',
  'other',
] as const;
export const PHASES = ['idee', 'etude', 'operation'] as const;
export const PHASE_STATUSES = [
  'en-cours',
  'en-retard',
  'en-pause',
  'bloque',
  'abandonne',
  'termine',
] as const;
export const SITUATIONS = SITUATION_IDS;
export const VISIBILITIES = ['private', 'shared', 'public'] as const;
export const EVIDENCE_KINDS = [
  'evaluation',
  'study',
  'monitoring-data',
  'testimony',
  'press',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

/** French labels, used in the search text (so « santé » finds the health theme) and accepted by the import. */
export const THEME_LABELS: Record<Theme, { fr: string; en: string }> = {
  energy: { fr: 'Énergie', en: 'Energy' },
  water: { fr: 'Eau', en: 'Water' },
  'food-agriculture': { fr: 'Alimentation et agriculture', en: 'Food and agriculture' },
  housing: { fr: 'Logement', en: 'Housing' },
  mobility: { fr: 'Mobilité', en: 'Mobility' },
  'employment-integration': { fr: 'Emploi et insertion', en: 'Employment and integration' },
  health: { fr: 'Santé', en: 'Health' },
  culture: { fr: 'Culture', en: 'Culture' },
  digital: { fr: 'Numérique', en: 'Digital' },
  'social-ties': { fr: 'Lien social', en: 'Social ties' },
  environment: { fr: 'Environnement', en: 'Environment' },
  other: { fr: 'Autre', en: 'Other' },
};
export const PHASE_LABELS: Record<(typeof PHASES)[number], string> = {
  idee: 'Idée',
  etude: 'Étude',
  operation: 'Opération',
};
export const STATUS_LABELS: Record<(typeof PHASE_STATUSES)[number], string> = {
  'en-cours': 'En cours',
  'en-retard': 'En retard',
  'en-pause': 'En pause',
  bloque: 'Bloqué',
  abandonne: 'Abandonné',
  termine: 'Terminé',
};
export const SITUATION_LABELS: Record<(typeof SITUATIONS)[number], string> = {
  'widen-public': 'Toucher un public plus large sur le même territoire',
  'widen-territory': 'Couvrir un territoire plus étendu',
  'spread-adapted': 'Essaimer ailleurs avec un modèle adapté',
  'change-rules': 'Faire évoluer les règles et les politiques publiques',
  'change-culture': 'Faire évoluer la culture et les valeurs',
};

const tooLong = (n: number) =>
  `${n.toLocaleString('fr-FR').replace(/\u202f/g, '\u00a0')} caractères au plus.|${n.toLocaleString('en-GB')} characters at most.`;
const text = (max: number) => z.string().trim().max(max, tooLong(max));
export const httpUrl = z
  .string()
  .trim()
  .max(2000, tooLong(2000))
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Adresse web invalide : elle doit commencer par http:// ou https://.|Invalid web address: it must start with http:// or https://.');

const year = z.number().int().min(1900).max(2100);
export const keyFigure = z.object({
  label: text(160).min(1, 'Indiquez ce que mesure ce chiffre.|Say what this figure measures.'),
  value: z.number().finite(),
  unit: text(40).optional(),
  year: year.optional(),
  /** An estimate or a figure from a less reliable source: shown as « environ ». */
  uncertain: z.boolean().default(false),
  sourceUrl: httpUrl.optional(),
});
export const evidenceItem = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  title: text(200).min(1),
  url: httpUrl.optional(),
  year: year.optional(),
});
export const contact = z.object({
  name: text(120).min(1),
  role: text(120).optional(),
  email: z.email('Adresse e-mail invalide.|Invalid e-mail address.').max(200).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .()-]{6,25}$/, 'Numéro de téléphone invalide.|Invalid phone number.')
    .optional(),
  url: httpUrl.optional(),
});
export const link = z.object({ label: text(160).min(1), url: httpUrl });
export const territoryRef = z.union([
  z.string().trim().min(2).max(40),
  z.object({
    type: z.enum(['commune', 'epci', 'departement', 'region']).optional(),
    code: z.string().trim().min(2).max(12),
  }),
]);

export const markdown = (max: number) =>
  z
    .string()
    .max(max, tooLong(max))
    .superRefine((value, ctx) => {
      const problem = checkMarkdown(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem.fr}|${problem.en}` });
    });

const fields = {
  title: text(200).min(
    3,
    'Le titre doit compter au moins 3 caractères.|The title must be at least 3 characters long.',
  ),
  summary: text(5000),
  description: markdown(50_000),
  themes: z.array(z.enum(THEMES)).max(6),
  publics: z.array(text(100).min(1)).max(20),
  territories: z.array(territoryRef).max(100),
  phase: z.enum(PHASES),
  phaseStatus: z.enum(PHASE_STATUSES),
  scalingSituation: z.enum(SITUATIONS).nullable(),
  keyFigures: z.array(keyFigure).max(30),
  evidence: z.array(evidenceItem).max(30),
  contacts: z.array(contact).max(10),
  links: z.array(link).max(30),
  visibility: z.enum(VISIBILITIES),
  sharedWithOrganisationIds: z.array(z.uuid()).max(100),
  isCaseStudy: z.boolean(),
  isFictional: z.boolean(),
};

export const projectInput = z.object({
  organisationId: z.uuid('Identifiant d’organisation invalide.|Invalid organisation identifier.'),
  title: fields.title,
  summary: fields.summary.default(''),
  description: fields.description.default(''),
  themes: fields.themes.default([]),
  publics: fields.publics.default([]),
  territories: fields.territories.default([]),
  phase: fields.phase.default('idee'),
  phaseStatus: fields.phaseStatus.default('en-cours'),
  scalingSituation: fields.scalingSituation.default(null),
  keyFigures: fields.keyFigures.default([]),
  evidence: fields.evidence.default([]),
  contacts: fields.contacts.default([]),
  links: fields.links.default([]),
  visibility: fields.visibility.default('private'),
  sharedWithOrganisationIds: fields.sharedWithOrganisationIds.default([]),
  isCaseStudy: fields.isCaseStudy.default(false),
  isFictional: fields.isFictional.default(false),
});
export type ProjectInput = z.infer<typeof projectInput>;

export const projectUpdate = z
  .object({ ...fields, version: z.number().int().positive() })
  .partial()
  .required({ version: true });
export type ProjectUpdate = z.infer<typeof projectUpdate>;

export const versionBody = z.object({ version: z.number().int().positive().optional() }).optional();

const territoryOut = z.object({
  type: z.enum(['commune', 'epci', 'departement', 'region']),
  code: z.string(),
  name: z.string(),
  departement: z.string().nullable(),
  region: z.string().nullable(),
});
const imageOut = z.object({
  id: z.string(),
  url: z.string(),
  alt: z.string(),
  contentType: z.string(),
  size: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
});
const organisationOut = z.object({ id: z.string(), name: z.string(), kind: z.string() });

/** A year, a month or a day: stories are often dated no more precisely than that. */
const partialDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$/,
    'Date attendue : AAAA, AAAA-MM ou AAAA-MM-JJ.|Expected date: YYYY, YYYY-MM or YYYY-MM-DD.',
  );
export const storyPhase = z.object({
  title: text(200).min(1),
  startDate: partialDate,
  endDate: partialDate.nullable().default(null),
  description: markdown(10_000).default(''),
  decisions: z.array(text(1000).min(1)).max(30).default([]),
  kept: z.array(text(1000).min(1)).max(30).default([]),
  adapted: z.array(text(1000).min(1)).max(30).default([]),
});
export const storyInput = z.object({
  introduction: markdown(10_000).default(''),
  phases: z.array(storyPhase).max(40).default([]),
  lessons: z.array(text(2000).min(1)).max(40).default([]),
  failures: z.array(text(2000).min(1)).max(40).default([]),
  /** Where the story's facts come from: a title, an address and, when known, the date it was published. */
  sources: z
    .array(link.extend({ date: partialDate.nullish() }))
    .max(40)
    .default([]),
  /** The story's version as last read; omit when writing the first story. */
  version: z.number().int().positive().optional(),
});
export type StoryInput = z.infer<typeof storyInput>;
const storyOut = z.object({
  introduction: z.string(),
  introductionHtml: z.string(),
  phases: z.array(
    z.object({
      title: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      description: z.string(),
      descriptionHtml: z.string(),
      decisions: z.array(z.string()),
      kept: z.array(z.string()),
      adapted: z.array(z.string()),
    }),
  ),
  lessons: z.array(z.string()),
  failures: z.array(z.string()),
  sources: z.array(z.object({ label: z.string(), url: z.string(), date: z.string().nullable() })),
  version: z.number(),
  updatedAt: z.string(),
});

export const projectView = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisation: organisationOut,
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  descriptionHtml: z.string(),
  themes: z.array(z.string()),
  publics: z.array(z.string()),
  territories: z.array(territoryOut),
  phase: z.enum(PHASES),
  phaseStatus: z.enum(PHASE_STATUSES),
  scalingSituation: z.string().nullable(),
  keyFigures: z.array(keyFigure),
  evidence: z.array(evidenceItem),
  contacts: z.array(contact),
  links: z.array(link),
  images: z.array(imageOut),
  visibility: z.enum(VISIBILITIES),
  sharedWithOrganisationIds: z.array(z.string()),
  status: z.enum(['draft', 'published']),
  isCaseStudy: z.boolean(),
  isFictional: z.boolean(),
  hasKit: z.boolean(),
  source: z.string().nullable(),
  importedAt: z.string().nullable(),
  story: storyOut.nullable(),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  version: z.number(),
});
export type ProjectView = z.infer<typeof projectView>;

export const projectCard = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  organisation: organisationOut,
  themes: z.array(z.string()),
  territories: z.array(territoryOut),
  phase: z.enum(PHASES),
  phaseStatus: z.enum(PHASE_STATUSES),
  scalingSituation: z.string().nullable(),
  visibility: z.enum(VISIBILITIES),
  status: z.enum(['draft', 'published']),
  isCaseStudy: z.boolean(),
  isFictional: z.boolean(),
  hasKit: z.boolean(),
  imageUrl: z.string().nullable(),
  /** With sort=proximity or on /library/near: how close the project is to the chosen commune. */
  proximity: z.enum(['epci', 'departement', 'region', 'other']).nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export type ProjectCard = z.infer<typeof projectCard>;

export const idParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
export const listQuery = z.object({
  organisationId: z.uuid().optional(),
  status: z.enum(['draft', 'published']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const cardPage = z.object({ items: z.array(projectCard), nextCursor: z.string().nullable() });
