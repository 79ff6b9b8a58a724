import type { JsonSchema } from './route-table.ts';

/**
 * A plausible value for a JSON schema of the OpenAPI document: required properties only, first enum value, the
 * smallest allowed length and number. `hints` gives real values by property name (organisationId, projectId...) so
 * that the request reaches the service rather than stopping at validation.
 */
export function sampleValue(
  schema: JsonSchema,
  hints: Record<string, unknown> = {},
  name = '',
  depth = 0,
): unknown {
  if (name in hints) return hints[name];
  if (depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) {
    const nonNull = union.find((s) => s.type !== 'null') ?? union[0]!;
    return sampleValue(nonNull, hints, name, depth + 1);
  }
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((s) => sampleValue(s, hints, name, depth + 1) as object));
  }
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        out[key] = sampleValue(schema.properties?.[key] ?? {}, hints, key, depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = schema.minItems ?? 0;
      return Array.from({ length: count }, () => sampleValue(schema.items ?? {}, hints, name, depth + 1));
    }
    case 'integer':
    case 'number': {
      if (schema.minimum !== undefined) return schema.minimum;
      if (schema.exclusiveMinimum !== undefined) return schema.exclusiveMinimum + 1;
      if (schema.maximum !== undefined) return Math.min(1, schema.maximum);
      return 1;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return sampleString(schema, name);
    default:
      return sampleString(schema, name);
  }
}

function sampleString(schema: JsonSchema, name: string): string {
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'email':
      return `fuzz-${name || 'x'}@example.org`;
    case 'date-time':
      return '2027-03-01T09:00:00.000Z';
    case 'date':
      return '2027-03-01';
    case 'uri':
    case 'url':
      return 'https://example.org/';
    default:
      break;
  }
  const base = 'Texte essai';
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 200;
  const text = base.length >= min ? base : base.padEnd(min, 'x');
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}
