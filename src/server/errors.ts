/**
 * The few named errors of the API. Each carries an HTTP status, a stable `code` and a message in French and
 * English; the error handler (http/error-handler.ts) picks the request's language and writes the one JSON shape:
 * `{ "error": { "code", "message", "fields" } }`.
 */
export interface LocalizedMessage {
  fr: string;
  en: string;
}

export type FieldErrors = Record<string, LocalizedMessage>;

export function msg(fr: string, en: string): LocalizedMessage {
  return { fr, en };
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedMessage,
    readonly fields: FieldErrors = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(text.en);
  }
}

export class ValidationError extends AppError {
  constructor(
    fields: FieldErrors,
    text = msg('Certaines informations ne sont pas valides.', 'Some information is not valid.'),
  ) {
    super(400, 'validation_failed', text, fields);
  }
}

export class NotFoundError extends AppError {
  constructor(
    text = msg(
      'Cette ressource n’existe pas ou vous n’y avez pas accès.',
      'This resource does not exist or you cannot access it.',
    ),
  ) {
    super(404, 'not_found', text);
  }
}

export class UnauthorizedError extends AppError {
  constructor(text = msg('Connectez-vous pour continuer.', 'Please sign in to continue.')) {
    super(401, 'unauthorized', text);
  }
}

export class ForbiddenError extends AppError {
  constructor(
    text = msg('Vous n’avez pas les droits pour cette action.', 'You are not allowed to do this.'),
  ) {
    super(403, 'forbidden', text);
  }
}

/** A stale update: the client sent an old version number. The current version travels with the error. */
export class ConflictError extends AppError {
  constructor(
    text = msg(
      'Quelqu’un a modifié cet élément entre-temps. Rechargez pour voir la dernière version.',
      'Someone changed this item in the meantime. Reload to see the latest version.',
    ),
    extra: Record<string, unknown> = {},
  ) {
    super(409, 'conflict', text, {}, extra);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      429,
      'too_many_requests',
      msg(
        `Trop de tentatives. Réessayez dans ${minutes}\u00a0minute${minutes > 1 ? 's' : ''}.`,
        `Too many attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      ),
      {},
      { retryAfterSeconds },
    );
  }
}
