import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { makeProject } from '../library/library.test-helpers.ts';
import { fillPath, readRouteTable, type ApiRoute } from './route-table.ts';
import { resolveParams } from './params.ts';
import { sampleValue } from './schema-sample.ts';
import { buildRecords, personOf, type Cast, type Records, type Role } from './world.ts';

/**
 * No leak in the bodies: organisation B (the outsider's) holds private records of every kind; every GET route of
 * the route table (lists, search, map, exports, open data, calendar feeds, dashboards…) is called as anonymous and
 * as organisation A's viewer, editor and owner, on A's records, with A's organisation and then B's in the
 * `organisationId` filter, and with a search word only B's records contain. No answer may carry an identifier, a
 * token or a distinctive title of B's private records, whatever its status. The matrix checks who gets through;
 * this checks what the lists say once they do. A control walk as B's owner shows the same calls do find B's records.
 */
const MARKER = 'Zéphyrine';
/** What the searches ask: the folded word matches the marker, and an answer that echoes it back is no leak. */
const SEARCH = 'zephyrine';
const READERS_OF_A: Role[] = ['anonymous', 'viewer', 'editor', 'owner'];

let t: TestContext;
let cast: Cast;
let routes: ApiRoute[];
let recordsA: Records;
let recordsB: Records;
let secrets: Map<string, string>;

/** The same people seen from organisation B: its owner builds the family, A's owner is the other organisation. */
function castOfB(c: Cast): Cast {
  return {
    ...c,
    owner: c.outsider,
    editor: c.outsider,
    viewer: c.outsider,
    outsider: c.owner,
    organisationId: c.otherOrganisationId,
    otherOrganisationId: c.organisationId,
  };
}

/** Ids, tokens and titles of B's private records, each named for the report. */
async function secretsOf(records: Records, extraProjects: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(records)) found.set(value, `B ${name}`);
  for (const id of extraProjects) found.set(id, 'B project (private, marked)');
  found.set(MARKER, 'B title marker');
  return found;
}

/**
 * Single records whose address needs a secret or a record the shared world does not build (an e-mail in the
 * outbox, an invitation token, a site request, a site document): each has its own matrix file, named in
 * src/server/reliability/expectations. Any other GET route this walk cannot fill fails the first test.
 */
const SINGLE_RECORDS_ELSEWHERE = [
  'GET /admin/outbox/:id',
  'GET /invitations/:token',
  'GET /site-requests/:id',
  'GET /sites/:id/documents/:documentId',
];

function requestFor(route: ApiRoute, records: Records, c: Cast, organisationId: string): string | null {
  const resolved = resolveParams(route.path, route.pathParams, records, c);
  const values = resolved.values;
  // The site pages take `:id` (the matrix delegates them to the sites' own file): the family's site.
  if (route.path.startsWith('/sites/:id') && resolved.missing.includes('id')) values.id = records.siteId;
  if (route.pathParams.some((p) => values[p] === undefined)) return null;
  const hints: Record<string, unknown> = {
    organisationId,
    projectId: records.projectId,
    diagnosticId: records.diagnosticId,
    modelId: records.modelId,
    siteId: records.siteId,
    indicatorId: records.indicatorId,
    version: 1,
    q: SEARCH,
  };
  const names = new Set([
    ...route.requiredQuery,
    ...Object.keys(route.query).filter((n) => n === 'q' || n === 'organisationId'),
  ]);
  const query = [...names]
    .map((n) => `${n}=${encodeURIComponent(String(sampleValue(route.query[n] ?? {}, hints, n)))}`)
    .join('&');
  return `/api/v1${fillPath(route.path, values)}${query ? `?${query}` : ''}`;
}

async function walk(
  c: Cast,
  records: Records,
  roles: Role[],
  organisationIds: string[],
): Promise<{ route: string; role: Role; url: string; found: string[] }[]> {
  const seen = [];
  for (const route of routes.filter((r) => r.method === 'GET')) {
    for (const organisationId of organisationIds) {
      const url = requestFor(route, records, c, organisationId);
      if (!url) continue;
      for (const role of roles) {
        const person = personOf(c, role);
        const response = await t.app.inject({
          method: 'GET',
          url,
          headers: person ? { cookie: person.cookie } : {},
        });
        const body = response.body;
        const found = [...secrets.entries()]
          .filter(([value]) => body.includes(value))
          .map(([, name]) => name);
        seen.push({ route: route.key, role, url, found });
      }
    }
  }
  return seen;
}

describe('no leak of another organisation’s private records in list bodies', () => {
  beforeAll(async () => {
    t = await createTestContext();
    cast = await createRoleMatrix(t);
    routes = await readRouteTable(t.app);
    const b = castOfB(cast);
    recordsB = await buildRecords(t, b, 'private');
    const marked = [
      await makeProject(
        t,
        cast.outsider,
        cast.otherOrganisationId,
        { title: `Coopérative ${MARKER}`, visibility: 'private' },
        false,
      ),
      await makeProject(
        t,
        cast.outsider,
        cast.otherOrganisationId,
        { title: `Épicerie ${MARKER}`, visibility: 'private' },
        true,
      ),
    ];
    secrets = await secretsOf(recordsB, marked);
    recordsA = await buildRecords(t, cast, 'private');
  }, 120_000);
  afterAll(() => t.close());

  it(
    'shows organisation A’s readers none of B’s private ids, tokens or titles, on every GET route',
    { timeout: 300_000 },
    async () => {
      const seen = await walk(cast, recordsA, READERS_OF_A, [cast.organisationId, cast.otherOrganisationId]);
      const leaks = seen
        .filter((s) => s.found.length > 0)
        .map((s) => `${s.role} ${s.url}: ${s.found.join(', ')}`);
      expect(leaks).toEqual([]);
      // Every GET route was called (a route whose parameters cannot be filled would escape the check).
      const called = new Set(seen.map((s) => s.route));
      const skipped = routes.filter((r) => r.method === 'GET' && !called.has(r.key)).map((r) => r.key);
      expect(skipped).toEqual(SINGLE_RECORDS_ELSEWHERE);
      console.log(`list leaks: ${seen.length} calls over ${called.size} GET routes, ${leaks.length} leaks`);
    },
  );

  it(
    'finds B’s records in the same lists when B’s owner asks (the check can see a leak)',
    { timeout: 300_000 },
    async () => {
      const seen = await walk(castOfB(cast), recordsB, ['owner'], [cast.otherOrganisationId]);
      const showing = new Set(seen.filter((s) => s.found.length > 0).map((s) => s.route));
      for (const list of ['GET /projects/mine', 'GET /models', 'GET /sites', 'GET /library/export.json'])
        expect(showing, `${list} should list B's records to B's owner`).toContain(list);
      expect(showing.size).toBeGreaterThan(20);
    },
  );
});
