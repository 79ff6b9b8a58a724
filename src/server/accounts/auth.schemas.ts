import { z } from 'zod';
import { emailSchema } from './accounts.schemas.ts';

const tokenMessage = 'Le lien est incomplet.|The link is incomplete.';
export const tokenBody = z.object({ token: z.string().trim().min(10, tokenMessage).max(200, tokenMessage) });
export const emailBody = z.object({ email: emailSchema });
const newPassword = z
  .string()
  .max(200, 'Mot de passe trop long (200 caractères au plus).|Password too long (200 characters at most).');
export const resetPasswordBody = tokenBody.extend({ password: newPassword });

export const acceptedView = z.object({ accepted: z.literal(true) });
export const sentToView = z.object({ sentTo: z.string() });
export const emailConfirmedView = z.object({ email: z.string(), emailVerified: z.literal(true) });

export const updateMeBody = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Indiquez votre nom.|Please enter your name.')
    .max(120, 'Nom trop long (120 caractères au plus).|Name too long (120 characters at most).')
    .optional(),
  language: z.enum(['fr', 'en']).optional(),
});

export const changePasswordBody = z.object({
  /** Not needed by accounts that never had a password (e-mail link or OpenID Connect only). */
  currentPassword: z.string().max(200).optional(),
  newPassword,
});

export const changeEmailBody = z.object({ newEmail: emailSchema, password: z.string().max(200).optional() });

export const sessionView = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export const sessionParams = z.object({ id: z.string().min(10).max(100) });

export const DELETE_PHRASES = ['supprimer mon compte', 'delete my account'] as const;
export const deleteMeBody = z.object({
  password: z.string().max(200).optional(),
  /** « supprimer mon compte » or "delete my account", for accounts without a password. */
  confirmation: z.string().trim().max(100).optional(),
});
