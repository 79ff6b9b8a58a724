import fc from 'fast-check';
import type { ApiRoute, JsonSchema } from './route-table.ts';
import { sampleValue } from './schema-sample.ts';

/** Strings that have broken web applications: control and invisible characters, scripts, SQL, templates, traversal. */
export const NASTY_STRINGS = [
  '\u0000',
  'nul\u0000au milieu',
  '\ud800',
  '\udfff seul',
  '\u202etxt.exe',
  '\u200b\u200c\u200d\ufeff',
  'İstanbul ﬁ ß ǅ',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  '👩🏽‍🌾🇫🇷',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; select pg_sleep(5)',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  ' ',
  '',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  'true',
  'null',
  '__proto__',
];

const WRONG_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  -1e308,
  '',
  'texte',
  [],
  [1, 'a'],
  {},
  { a: { b: 1 } },
];

export type FuzzCase =
  | { kind: 'json'; body: unknown; label: string }
  | { kind: 'raw'; contentType: string; payload: Buffer; label: string }
  | { kind: 'none'; label: string };

export interface FuzzRequest {
  pathValues: Record<string, string>;
  query: string;
  body: FuzzCase;
}

/** JSON text nested `depth` levels (built as text: JSON.stringify itself would overflow the stack). */
function nestedText(depth: number): string {
  const half = Math.floor(depth / 2);
  return '{"a":['.repeat(half) + '"x"' + ']}'.repeat(half);
}

function withProperty(base: unknown, key: string, value: unknown): unknown {
  if (base && typeof base === 'object' && !Array.isArray(base)) return { ...base, [key]: value };
  return { [key]: value };
}

function propertyNames(schema: JsonSchema | null): string[] {
  if (!schema) return [];
  const all = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [...new Set(all.flatMap((s) => Object.keys(s.properties ?? {})))];
}

/** A broken JSON body for `route`, starting from a plausible one. */
function bodyCase(route: ApiRoute, valid: unknown): fc.Arbitrary<FuzzCase> {
  const names = propertyNames(route.body);
  const name = names.length ? fc.constantFrom(...names) : fc.constant('champ');
  const json = (label: string, body: unknown): FuzzCase => ({ kind: 'json', body, label });
  return fc.oneof(
    fc.constant(json('valid', valid)),
    fc
      .tuple(name, fc.constantFrom(...WRONG_VALUES))
      .map(([k, v]) => json(`wrong type in ${k}`, withProperty(valid, k, v))),
    name.map((k) => {
      const copy = { ...(valid as Record<string, unknown>) };
      delete copy[k];
      return json(`missing ${k}`, copy);
    }),
    fc
      .tuple(
        fc.constantFrom('extra', 'isAdmin', 'organisationId', 'version', 'id', 'deleted_at', 'constructor'),
        fc.constantFrom(...WRONG_VALUES),
      )
      .map(([k, v]) => json(`extra ${k}`, withProperty(valid, k, v))),
    fc
      .tuple(name, fc.constantFrom(...NASTY_STRINGS))
      .map(([k, v]) => json(`nasty string in ${k}`, withProperty(valid, k, v))),
    fc
      .tuple(name, fc.constantFrom(10_000, 300_000, 2_000_000))
      .map(([k, n]) => json(`huge string (${n}) in ${k}`, withProperty(valid, k, 'é'.repeat(n)))),
    fc.tuple(name, fc.constantFrom(64, 2_000, 50_000)).map(([k, d]): FuzzCase => ({
      kind: 'raw',
      contentType: 'application/json',
      payload: Buffer.from(JSON.stringify(withProperty(valid, k, 'DEEP')).replace('"DEEP"', nestedText(d))),
      label: `nesting ${d} deep in ${k}`,
    })),
    fc.constant(
      json(
        'prototype pollution',
        JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
      ),
    ),
    fc
      .constantFrom(...WRONG_VALUES.filter((v) => typeof v !== 'object' || Array.isArray(v)))
      .map((v) => json('body of another type', v)),
    fc
      .constantFrom(
        { label: 'malformed JSON', payload: Buffer.from('{"title": "a",') },
        {
          label: 'invalid UTF-8',
          payload: Buffer.concat([
            Buffer.from('{"title": "'),
            Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
            Buffer.from('"}'),
          ]),
        },
        {
          label: 'overlong UTF-8 slash',
          payload: Buffer.concat([
            Buffer.from('{"name": "..'),
            Buffer.from([0xc0, 0xaf]),
            Buffer.from('etc"}'),
          ]),
        },
        { label: 'empty JSON', payload: Buffer.alloc(0) },
        { label: 'deep raw nesting', payload: Buffer.from('['.repeat(200_000) + ']'.repeat(200_000)) },
      )
      .map((c): FuzzCase => ({
        kind: 'raw',
        contentType: 'application/json',
        payload: c.payload,
        label: c.label,
      })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      )
      .map((type): FuzzCase => ({
        kind: 'raw',
        contentType: type,
        payload: Buffer.from('title=<script>alert(1)</script>&a[b]=1'),
        label: `content type ${type}`,
      })),
  );
}

/** A file upload route (no JSON schema): bytes that lie about their type, and names that climb directories. */
function uploadCase(): fc.Arbitrary<FuzzCase> {
  return fc
    .constantFrom(
      {
        label: 'executable',
        contentType: 'application/octet-stream',
        payload: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 0x90)]),
      },
      {
        label: 'HTML as image',
        contentType: 'image/png',
        payload: Buffer.from('<html><script>alert(1)</script></html>'),
      },
      {
        label: 'SVG with script',
        contentType: 'image/svg+xml',
        payload: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
      { label: 'empty file', contentType: 'application/pdf', payload: Buffer.alloc(0) },
      { label: 'PDF header only', contentType: 'application/pdf', payload: Buffer.from('%PDF-1.7\n') },
    )
    .map((c): FuzzCase => ({ kind: 'raw', ...c }));
}

const PATH_GARBAGE = [
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'x'.repeat(3000),
  '%00',
  '%C3%28',
  '%F0%9F%92%A9',
  "1'%20OR%20'1'%3D'1",
  '-1',
  '00000000-0000-0000-0000-000000000000',
  '%E2%80%AE',
];

function queryCase(route: ApiRoute, hints: Record<string, unknown>): fc.Arbitrary<string> {
  const names = Object.keys(route.query);
  const plausible = route.requiredQuery.map(
    (n) => `${n}=${encodeURIComponent(String(sampleValue(route.query[n] ?? {}, hints, n)))}`,
  );
  const garbage = fc.constantFrom(...NASTY_STRINGS, ...PATH_GARBAGE.map(decodeSafe), 'x'.repeat(20_000));
  if (!names.length) return fc.constantFrom('', 'unexpected=1', `q=${encodeURIComponent('<script>')}`);
  return fc.oneof(
    fc.constant(plausible.join('&')),
    fc
      .tuple(fc.constantFrom(...names), garbage)
      .map(([n, v]) =>
        [...plausible.filter((p) => !p.startsWith(`${n}=`)), `${n}=${encodeLoose(v)}`].join('&'),
      ),
    fc.constantFrom(...names).map((n) => [...plausible, `${n}=1`, `${n}=2`, `${n}[a]=3`].join('&')),
    fc.constantFrom(...names).map((n) => plausible.filter((p) => !p.startsWith(`${n}=`)).join('&')),
    fc.constantFrom('%', '%zz=1', `${names[0]}=%C3%28`),
  );
}

/** encodeURIComponent, except that a lone surrogate becomes the invalid UTF-8 bytes a careless client would send. */
export function encodeLoose(text: string): string {
  return [...text]
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Requests for `route`: real record ids most of the time, garbage in one parameter otherwise. */
export function fuzzRequests(
  route: ApiRoute,
  realValues: Record<string, string>,
  hints: Record<string, unknown>,
): fc.Arbitrary<FuzzRequest> {
  const valid = route.body ? sampleValue(route.body, hints) : undefined;
  const isUpload =
    route.method !== 'GET' &&
    route.method !== 'DELETE' &&
    !route.body &&
    /images|resources|file|form|import/.test(route.path);
  const body: fc.Arbitrary<FuzzCase> = route.body
    ? bodyCase(route, valid)
    : isUpload
      ? uploadCase()
      : fc.constant({ kind: 'none', label: 'no body' });
  const path: fc.Arbitrary<Record<string, string>> = route.pathParams.length
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constant(realValues) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom(...route.pathParams), fc.constantFrom(...PATH_GARBAGE))
            .map(([p, v]) => ({ ...realValues, [p]: `\u0001${v}` })),
        },
      )
    : fc.constant({});
  return fc.record({ pathValues: path, query: queryCase(route, hints), body });
}
