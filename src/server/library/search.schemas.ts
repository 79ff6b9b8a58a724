import { z } from 'zod';
import { organisationKinds } from '../accounts/organisations.schemas.ts';
import { projectCard, PHASES, SITUATIONS, THEMES } from './library.schemas.ts';
import { territoryView } from '../territories/territories.schemas.ts';

/** A comma-separated list of allowed values (`theme=energy,water`): values of one facet are OR-ed, facets AND-ed. */
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(z.enum(values)).optional());
const codes = z
  .string()
  .max(500)
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean)
      : undefined,
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^[0-9][0-9AB][0-9]?$/,
            'Code de département ou de région invalide.|Invalid département or région code.',
          ),
      )
      .optional(),
  );
const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const libraryFilters = {
  q: z
    .string()
    .trim()
    .max(200, 'Recherche trop longue (200 caractères au plus).|Search too long (200 characters at most).')
    .optional(),
  theme: list(THEMES),
  region: codes,
  departement: codes,
  phase: list(PHASES),
  situation: list(SITUATIONS),
  hasKit: bool,
  caseStudy: bool,
  organisationKind: list(organisationKinds),
};

export const searchQuery = z.object({
  ...libraryFilters,
  sort: z.enum(['relevance', 'date', 'proximity']).default('relevance'),
  near: z
    .string()
    .trim()
    .regex(
      /^[0-9][0-9AB][0-9]{3}$/,
      'Code INSEE de commune attendu (5 caractères).|Commune INSEE code expected (5 characters).',
    )
    .optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchParams = z.infer<typeof searchQuery>;
export type LibraryFilters = Partial<Omit<SearchParams, 'sort' | 'near' | 'cursor' | 'limit'>>;

const facetList = z.array(z.object({ value: z.string(), count: z.number(), label: z.string().optional() }));
export const FACET_NAMES = [
  'theme',
  'region',
  'departement',
  'phase',
  'situation',
  'hasKit',
  'organisationKind',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const searchResult = z.object({
  items: z.array(projectCard),
  facets: z.object({
    theme: facetList,
    region: facetList,
    departement: facetList,
    phase: facetList,
    situation: facetList,
    hasKit: facetList,
    organisationKind: facetList,
  }),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;

export const mapQuery = z.object({
  ...libraryFilters,
  level: z.enum(['departement', 'region']).default('departement'),
});
export const mapResult = z.object({
  level: z.enum(['departement', 'region']),
  areas: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })),
  total: z.number(),
});

export const nearQuery = z.object({
  commune: z
    .string()
    .trim()
    .regex(
      /^[0-9][0-9AB][0-9]{3}$/,
      'Code INSEE de commune attendu (5 caractères).|Commune INSEE code expected (5 characters).',
    ),
  theme: list(THEMES),
  limit: z.coerce.number().int().min(1).max(30).default(12),
});
const area = z.object({ code: z.string(), name: z.string(), total: z.number(), items: z.array(projectCard) });
export const nearResult = z.object({
  commune: territoryView,
  /** The commune's EPCI: the territory compared with similar ones. */
  reference: territoryView,
  departement: area,
  region: area,
  similar: z.array(z.object({ territory: territoryView, total: z.number(), items: z.array(projectCard) })),
});
