import { z } from 'zod';
import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import type { FieldErrors, LocalizedMessage } from '../errors.ts';

const localeFr = z.locales.fr();
const localeEn = z.locales.en();

type RawIssue = z.core.$ZodRawIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A message written by us in a schema, as `fr|en` ("Titre requis|Title required"), wins over zod's generic one. */
function customMessage(message: string | undefined): LocalizedMessage | undefined {
  if (!message || !message.includes('|')) return undefined;
  const [fr = '', en = ''] = message.split('|');
  return { fr, en };
}

function localize(issue: z.core.$ZodIssue, input: unknown): LocalizedMessage {
  const custom = customMessage(issue.message);
  if (custom) return custom;
  const raw = { ...issue, input } as unknown as RawIssue;
  const pick = (res: unknown, fallback: string): string =>
    typeof res === 'string'
      ? res
      : res && typeof res === 'object' && 'message' in res
        ? String(res.message)
        : fallback;
  return {
    fr: pick(localeFr.localeError(raw), issue.message),
    en: pick(localeEn.localeError(raw), issue.message),
  };
}

/** Field name as the client sees it: `territories.2.code`; the body root is `body`. */
export function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  return path.length === 0 ? prefix : path.map(String).join('.');
}

/** Turns zod issues into field errors in both languages, the input found again by path for zod's locale messages. */
export function fieldErrorsFromZod(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  prefix = 'body',
): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = fieldName(prefix, issue.path);
    if (fields[name]) continue;
    fields[name] = localize(issue, valueAt(data, issue.path));
  }
  return fields;
}

/** Fastify's validation errors from fastify-type-provider-zod carry the zod issue in params. */
export function fieldErrorsFromFastify(
  validation: ZodFastifySchemaValidationError[],
  context: string | undefined,
  data: unknown,
): FieldErrors {
  // The provider flattens each zod issue: code in `keyword`, path in `instancePath`, the rest in `params`.
  const issues = validation.map(
    (v) =>
      ({
        ...(v.params as object),
        code: v.keyword,
        message: v.message ?? '',
        path: String(v.instancePath)
          .split('/')
          .slice(1)
          .filter((p: string) => p !== '')
          .map((p: string) => (/^\d+$/.test(p) ? Number(p) : p)),
      }) as unknown as z.core.$ZodIssue,
  );
  return fieldErrorsFromZod(issues, data, context ?? 'body');
}
