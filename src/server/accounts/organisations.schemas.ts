import { z } from 'zod';
import { isValidSiren } from '../../core/accounts/siren.ts';

export const organisationKinds = [
  'commune',
  'epci',
  'departement',
  'region',
  'association',
  'cooperative',
  'company',
  'state-service',
  'other',
] as const;

export const sirenSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .refine(isValidSiren, 'Le SIREN doit compter 9 chiffres et sa clé de contrôle doit être juste.|The SIREN must have 9 digits and a valid check digit.');

export const organisationInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Le nom doit compter au moins 2 caractères.|The name must be at least 2 characters long.')
    .max(200, 'Le nom ne doit pas dépasser 200 caractères.|The name must not exceed 200 characters.'),
  kind: z.enum(organisationKinds),
  siren: sirenSchema.nullable().optional(),
  territoryCode: z
    .string()
    .trim()
    .regex(/^(\d[\dAB]\d{3}|\d{9}|\d{2,3}|COM|\d{2})$/, 'Code INSEE de territoire invalide.|Invalid INSEE territory code.')
    .nullable()
    .optional(),
  description: z.string().trim().max(2000, 'Description trop longue (2 000 caractères au plus).|Description too long (2,000 characters at most).').nullable().optional(),
});

export const organisationUpdate = organisationInput.partial().extend({ version: z.number().int().positive() });

export const organisationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  siren: z.string().nullable(),
  territoryCode: z.string().nullable(),
  description: z.string().nullable(),
  myRole: z.enum(['owner', 'editor', 'viewer']).nullable(),
  version: z.number(),
  createdAt: z.string(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const memberView = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(['owner', 'editor', 'viewer']),
  since: z.string(),
});

export const idParams = z.object({ id: z.uuid('Identifiant invalide.|Invalid identifier.') });
