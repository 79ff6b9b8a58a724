import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(
    254,
    'L’adresse e-mail est trop longue (254 caractères au plus).|The e-mail address is too long (254 characters at most).',
  )
  .pipe(z.email('Adresse e-mail invalide.|Invalid e-mail address.'));

export const signUpBody = z.object({
  email: emailSchema,
  password: z
    .string()
    .max(200, 'Mot de passe trop long (200 caractères au plus).|Password too long (200 characters at most).'),
  displayName: z
    .string()
    .trim()
    .min(1, 'Indiquez votre nom.|Please enter your name.')
    .max(120, 'Nom trop long (120 caractères au plus).|Name too long (120 characters at most).'),
  language: z.enum(['fr', 'en']).default('fr'),
});

export const signInBody = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Indiquez votre mot de passe.|Please enter your password.').max(200),
});

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  language: z.enum(['fr', 'en']),
  platformRole: z.enum(['user', 'facilitator', 'admin']),
  emailVerified: z.boolean(),
  memberships: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      role: z.enum(['owner', 'editor', 'viewer']),
    }),
  ),
});
export type UserView = z.infer<typeof userView>;
