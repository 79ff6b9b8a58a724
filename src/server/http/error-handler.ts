import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  NotFoundError,
  ValidationError,
  msg,
  type FieldErrors,
  type LocalizedMessage,
} from '../errors.ts';
import { languageOf } from './language.ts';
import { OVERLOAD_RETRY_AFTER_SECONDS, isDatabaseOverload } from './overload.ts';
import { fieldErrorsFromFastify, fieldErrorsFromZod } from './validation-errors.ts';

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  text: LocalizedMessage,
  fields: FieldErrors = {},
  extra: Record<string, unknown> = {},
) {
  const lang = languageOf(request.headers['accept-language']);
  const localizedFields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[lang]]));
  return reply
    .status(status)
    .header('content-language', lang)
    .send({ error: { code, message: text[lang], fields: localizedFields, ...extra } });
}

function dataFor(request: FastifyRequest, context: string | undefined): unknown {
  switch (context) {
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    default:
      return request.body;
  }
}

/**
 * One handler for every error: named AppErrors keep their status and code, validation failures name each field,
 * anything unexpected becomes a 500 whose details stay in the log.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status === 429 && typeof error.extra.retryAfterSeconds === 'number') {
        void reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return send(request, reply, error.status, error.code, error.text, error.fields, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldErrorsFromFastify(
        error.validation,
        error.validationContext,
        dataFor(request, error.validationContext),
      );
      const generic = new ValidationError({});
      return send(request, reply, 400, generic.code, generic.text, fields);
    }
    if (error instanceof z.ZodError) {
      const generic = new ValidationError({});
      return send(
        request,
        reply,
        400,
        generic.code,
        generic.text,
        fieldErrorsFromZod(error.issues, request.body),
      );
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return send(
        request,
        reply,
        413,
        'payload_too_large',
        msg('Le contenu envoyé est trop volumineux.', 'The content sent is too large.'),
      );
    }
    if (status === 415) {
      return send(
        request,
        reply,
        415,
        'unsupported_media_type',
        msg('Ce type de contenu n’est pas accepté.', 'This content type is not accepted.'),
      );
    }
    if (status === 429) {
      return send(
        request,
        reply,
        429,
        'too_many_requests',
        msg('Trop de requêtes. Réessayez dans un instant.', 'Too many requests. Try again shortly.'),
      );
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON and similar client errors from Fastify itself.
      return send(
        request,
        reply,
        status,
        'bad_request',
        msg('La requête est mal formée.', 'The request is malformed.'),
        {
          body: msg(
            'Le corps de la requête n’est pas un JSON valide.',
            'The request body is not valid JSON.',
          ),
        },
      );
    }
    if (isDatabaseOverload(error)) {
      request.log.warn({ err: error }, 'database overloaded');
      void reply.header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS));
      return send(
        request,
        reply,
        503,
        'service_unavailable',
        msg(
          'Le service est très sollicité en ce moment. Réessayez dans quelques secondes.',
          'The service is very busy right now. Try again in a few seconds.',
        ),
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(
      request,
      reply,
      500,
      'internal_error',
      msg(
        'Une erreur inattendue s’est produite. Elle a été enregistrée.',
        'An unexpected error occurred. It has been logged.',
      ),
    );
  });
}

/** Unknown API routes: the JSON error shape with 404. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const e = new NotFoundError(
    msg('Cette adresse n’existe pas dans l’API.', 'This address does not exist in the API.'),
  );
  return send(request, reply, 404, e.code, e.text);
}

/**
 * Errors the router raises before any route runs (an address that is not valid percent-encoded UTF-8, a parameter
 * longer than the router accepts): the same JSON error shape as everything else, instead of Fastify's own.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return send(
      request,
      reply,
      414,
      'uri_too_long',
      msg('L’adresse demandée est trop longue.', 'The address requested is too long.'),
      {
        url: msg(
          'Un élément de l’adresse dépasse la longueur permise.',
          'A part of the address is longer than allowed.',
        ),
      },
    );
  }
  return send(
    request,
    reply,
    400,
    'bad_request',
    msg('La requête est mal formée.', 'The request is malformed.'),
    {
      url: msg(
        'L’adresse contient des caractères mal encodés.',
        'The address contains badly encoded characters.',
      ),
    },
  );
}
