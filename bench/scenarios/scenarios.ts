import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'autocannon';
import type { Fixtures } from './fixtures.ts';
import type { LoadSpec } from './load.ts';
import { uploadCsv } from './network-fixtures.ts';
import {
  bareDashboard,
  bareKit,
  bareProject,
  bareRegistration,
  bareSearch,
  bareSubmission,
  bareUpload,
  SEARCH_QUERIES,
  type BareSql,
} from './bare-sql.ts';

export type ScenarioKind = 'read' | 'write' | 'dashboard' | 'baseline';

export interface Scenario {
  name: string;
  label: string;
  kind: ScenarioKind;
  load(f: Fixtures): LoadSpec;
  bareSql?: (f: Fixtures) => BareSql;
  /** Needs the sites and indicator values of bench:data (datasets made before them have none). */
  needsNetwork?: boolean;
}

/** Not measured, and why: reported as such in the table and by bench:check, never as a figure. */
export interface PendingScenario {
  name: string;
  label: string;
  kind: ScenarioKind;
  pending: string;
}

const API = '/api/v1';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Cycles through a list of paths, one per request. */
function rotating(paths: string[], base: Request = {}): Request[] {
  let n = 0;
  return [
    { method: 'GET', ...base, setupRequest: (request) => ({ ...request, path: paths[n++ % paths.length]! }) },
  ];
}

const FACETS = [
  '',
  '&theme=energy',
  '&theme=food-agriculture,social-ties',
  '&region=84',
  '&phase=operation',
  '&region=53&theme=mobility',
];

export function searchPaths(): string[] {
  return SEARCH_QUERIES.flatMap((q, i) => [
    `${API}/library/search?q=${encodeURIComponent(q)}${FACETS[i % FACETS.length]}`,
    `${API}/library/search?q=${encodeURIComponent(q)}`,
  ]);
}

/** Scripts and styles the home page loads first, read from the built index.html. */
export function spaAssets(): string[] {
  const index = path.join('dist', 'web', 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

export const webBuilt = () => existsSync(path.join('dist', 'web', 'index.html'));

export const SCENARIOS: Scenario[] = [
  {
    name: 'search',
    label: 'Library search with facets',
    kind: 'read',
    load: () => ({ requests: rotating(searchPaths()) }),
    bareSql: () => bareSearch,
  },
  {
    name: 'project-page',
    label: 'Project page (API)',
    kind: 'read',
    load: (f) => ({ requests: rotating(f.publicProjectIds.map((id) => `${API}/projects/${id}`)) }),
    bareSql: bareProject,
  },
  {
    name: 'kit-page',
    label: 'Published kit page (API)',
    kind: 'read',
    load: (f) => ({ requests: rotating(f.kits.map((k) => `${API}/kits/${k.modelId}/versions/${k.number}`)) }),
    bareSql: bareKit,
  },
  {
    name: 'diagnostic-submission',
    label: 'Diagnostic answers saved',
    kind: 'write',
    load: (f) => {
      // Each request takes a draft no other connection holds and gives it back with its new version.
      const free = [...f.diagnostics];
      let turn = 0;
      const setupRequest = (request: Request, context: Record<string, unknown>): Request => {
        const item = free.shift();
        if (!item) throw new Error('diagnostic-submission: fewer drafts than connections');
        context.item = item;
        const answers = turn++ % 2 === 0 ? f.answers : { ...f.answers, [Object.keys(f.answers)[0]!]: null };
        return {
          ...request,
          path: `${API}/diagnostics/${item.id}/answers`,
          body: JSON.stringify({ version: item.version, answers }),
        };
      };
      const onResponse = (status: number, body: string, context: Record<string, unknown>) => {
        const item = context.item as { id: string; version: number };
        if (status === 200) item.version = (JSON.parse(body) as { version: number }).version;
        else if (status === 409)
          item.version = (JSON.parse(body) as { currentVersion?: number }).currentVersion ?? item.version;
        free.push(item);
      };
      return {
        requests: [
          { method: 'PATCH', headers: { ...JSON_HEADERS, cookie: f.editorCookie }, setupRequest, onResponse },
        ],
      };
    },
    bareSql: bareSubmission,
  },
  {
    name: 'registration',
    label: 'Training session registration',
    kind: 'write',
    load: (f) => {
      let n = 0;
      return {
        amount: f.registrantCookies.length,
        requests: [
          {
            method: 'POST',
            path: `${API}/training-sessions/${f.trainingSessionId}/registrations`,
            body: '{}',
            setupRequest: (request) => ({
              ...request,
              headers: { ...JSON_HEADERS, cookie: f.registrantCookies[n++ % f.registrantCookies.length]! },
            }),
          },
        ],
      };
    },
    bareSql: bareRegistration,
  },
  {
    name: 'dashboard',
    label: 'Network dashboard of the largest network',
    kind: 'dashboard',
    needsNetwork: true,
    load: (f) => ({
      requests: [
        {
          method: 'GET',
          path: `${API}/models/${networkOf(f).modelId}/network`,
          headers: { cookie: networkOf(f).carrierCookie },
        },
      ],
    }),
    bareSql: (f) => bareDashboard(networkOf(f)),
  },
  {
    name: 'indicator-upload',
    label: 'A site uploads a month of indicator values (CSV)',
    kind: 'write',
    needsNetwork: true,
    load: (f) => {
      const network = networkOf(f);
      return {
        requests: [
          {
            method: 'POST',
            path: `${API}/models/${network.modelId}/indicator-values/import?dryRun=false`,
            setupRequest: (request) => {
              const n = network.backfill.uploads++;
              return {
                ...request,
                headers: {
                  'content-type': 'text/csv; charset=utf-8',
                  cookie: network.uploaders[n % network.uploaders.length]!.cookie,
                },
                body: uploadCsv(network, n),
              };
            },
          },
        ],
      };
    },
    bareSql: (f) => bareUpload(networkOf(f)),
  },
  {
    name: 'home-page',
    label: 'Home page (index.html)',
    kind: 'read',
    load: () => ({
      requests: [{ method: 'GET', path: '/', headers: { accept: 'text/html,application/xhtml+xml' } }],
    }),
  },
  {
    name: 'spa-assets',
    label: 'SPA assets (first scripts and styles)',
    kind: 'read',
    load: () => ({
      requests: rotating(spaAssets(), { headers: { 'accept-encoding': 'gzip, br' } }),
      // 153 KB Brotli a script: autocannon measures itself here (bench/scenarios/wrk.ts).
      wrk: { paths: spaAssets(), headers: { 'accept-encoding': 'gzip, br' } },
    }),
  },
];

export const PENDING: PendingScenario[] = [];

/** The largest network; only called for scenarios marked needsNetwork, which run.ts skips when there is none. */
const networkOf = (f: Fixtures) => {
  if (!f.network) throw new Error('no network in this dataset');
  return f.network;
};
