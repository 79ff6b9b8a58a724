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

export const territoryTypes = ['commune', 'epci', 'departement', 'region'] as const;

export const sirenSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .refine(
    isValidSiren,
    'Le SIREN doit compter 9 chiffres et sa clé de contrôle doit être juste.|The SIREN must have 9 digits and a valid check digit.',
  );

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
    .toUpperCase()
    .regex(
      /^(\d[\dAB](\d{3})?|\d{3}|\d{9})$/,
      'Code INSEE de territoire invalide (commune : 5 caractères, EPCI : SIREN à 9 chiffres, département ou région : 2 ou 3).|Invalid INSEE territory code (commune: 5 characters, EPCI: 9-digit SIREN, département or région: 2 or 3).',
    )
    .nullable()
    .optional(),
  /** Needed only for two-digit codes when the kind does not say it (région 84 or département 84). */
  territoryType: z.enum(territoryTypes).nullable().optional(),
  description: z
    .string()
    .trim()
    .max(
      2000,
      'Description trop longue (2 000 caractères au plus).|Description too long (2,000 characters at most).',
    )
    .nullable()
    .optional(),
});

export const organisationUpdate = organisationInput
  .partial()
  .extend({ version: z.number().int().positive() });

export const organisationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  siren: z.string().nullable(),
  territoryCode: z.string().nullable(),
  territoryType: z.enum(territoryTypes).nullable(),
  /** The territory's official name, from the INSEE code. */
  territoryName: z.string().nullable(),
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

export const memberParams = z.object({
  id: z.uuid('Identifiant invalide.|Invalid identifier.'),
  userId: z.uuid('Identifiant invalide.|Invalid identifier.'),
});
export const roleSchema = z.enum(
  ['owner', 'editor', 'viewer'],
  'Rôle inconnu (owner, editor ou viewer).|Unknown role (owner, editor or viewer).',
);
export const memberRoleBody = z.object({ role: roleSchema });
export const transferBody = z.object({ userId: z.uuid('Identifiant invalide.|Invalid identifier.') });

export const invitationBody = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(
      254,
      'L’adresse e-mail est trop longue (254 caractères au plus).|The e-mail address is too long (254 characters at most).',
    )
    .pipe(z.email('Adresse e-mail invalide.|Invalid e-mail address.')),
  role: roleSchema,
});
export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['owner', 'editor', 'viewer']),
  status: z.enum(['pending', 'accepted', 'declined', 'expired', 'cancelled']),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const invitationParams = z.object({
  id: z.uuid('Identifiant invalide.|Invalid identifier.'),
  invitationId: z.string().min(10).max(100),
});
export const invitationTokenParams = z.object({
  token: z.string().min(10, 'Le lien est incomplet.|The link is incomplete.').max(200),
});
export const publicInvitationView = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  organisationKind: z.enum(organisationKinds),
  role: z.enum(['owner', 'editor', 'viewer']),
  invitedBy: z.string().nullable(),
  email: z.string(),
  expiresAt: z.string(),
});
