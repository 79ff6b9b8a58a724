import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { countRows } from '../reliability/row-counts.ts';
import type { Cast } from '../reliability/world.ts';
import { buildRecords } from '../reliability/world.ts';
import { exportAs, forge, forgeRow, importAs } from './org-transfer.test-support.ts';

/**
 * Who may export and import, and the archives that must be refused whole: each refusal names the entry or the
 * `table[row].column` at fault, in French and English, and not one row is written.
 */
let t: TestContext;
let cast: Cast;
let archive: Buffer;

beforeAll(async () => {
  t = await createTestContext();
  cast = await createRoleMatrix(t);
  await buildRecords(t, cast, 'public');
  archive = (await exportAs(t, cast.owner, cast.organisationId)).rawPayload;
}, 120_000);
afterAll(() => t.close());

describe('who may export an organisation', () => {
  it.each([
    ['anonymous', 401],
    ['viewer', 403],
    ['editor', 403],
    ['outsider', 404],
    ['facilitator', 404],
    ['owner', 200],
    ['admin', 200],
  ] as const)('%s → %i', async (role, status) => {
    const who = role === 'anonymous' ? null : cast[role];
    const response = await exportAs(t, who, cast.organisationId);
    expect(response.statusCode).toBe(status);
    if (status !== 200) expect(response.headers['content-type']).toContain('application/json');
  });

  it('answers 404 for an organisation that does not exist, even to an administrator', async () => {
    expect((await exportAs(t, cast.admin, randomUUID())).statusCode).toBe(404);
  });
});

describe('who may import an organisation', () => {
  it.each([
    ['anonymous', 401],
    ['owner', 403],
    ['facilitator', 403],
    ['outsider', 403],
  ] as const)('%s → %i, nothing written', async (role, status) => {
    const before = await countRows(t.ctx.db);
    const who = role === 'anonymous' ? null : cast[role];
    expect((await importAs(t, who, archive)).statusCode).toBe(status);
    expect(await countRows(t.ctx.db)).toEqual(before);
  });
});

const SCRIPT = '<script>alert(1)</script>';

describe('a corrupted or forged archive is refused whole', () => {
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    ['not a zip', () => Buffer.from('PK\u0003\u0004 pas une archive'), 'archive', /zip attendu/],
    [
      'a table changed after export (bad checksum)',
      () => forgeKeepingChecksums(),
      'tables/projects.jsonl',
      /somme de contrôle/,
    ],
    [
      'an unknown format version',
      () =>
        forge(archive, (e) => {
          const m = JSON.parse(Buffer.from(e['manifest.json']).toString()) as Record<string, unknown>;
          e['manifest.json'] = Buffer.from(JSON.stringify({ ...m, formatVersion: 99 }));
        }),
      'manifest.formatVersion',
      /Version de format inconnue \(99\)/,
    ],
    [
      'a newer migration level',
      () =>
        forge(archive, (e) => {
          const m = JSON.parse(Buffer.from(e['manifest.json']).toString()) as Record<string, unknown>;
          e['manifest.json'] = Buffer.from(JSON.stringify({ ...m, migration: '9999_future' }));
        }),
      'manifest.migration',
      /plus récente/,
    ],
    [
      'a project pointing at another organisation',
      () => forgeRow(archive, 'projects', (r) => (r.organisation_id = cast.otherOrganisationId)),
      'projects[1].organisation_id',
      /n’appartient pas/,
    ],
    [
      'an image pointing at a project outside the archive',
      () => forgeRow(archive, 'project_images', (r) => (r.project_id = randomUUID())),
      'project_images[1].project_id',
      /n’appartient pas/,
    ],
    [
      'a plan pointing at a diagnostic outside the archive',
      () => forgeRow(archive, 'plans', (r) => (r.diagnostic_id = randomUUID())),
      'plans[1].diagnostic_id',
      /hors de l’archive/,
    ],
    [
      'a plan naming a person who is not in the archive',
      () => forgeRow(archive, 'plans', (r) => (r.created_by = randomUUID())),
      'plans[1].created_by',
      /hors de l’archive/,
    ],
    [
      'unsafe Markdown in a project description',
      () => forgeRow(archive, 'projects', (r) => (r.description = SCRIPT)),
      'projects[1].description',
      /HTML n’est pas accepté/,
    ],
    [
      'a column this instance does not have',
      () => forgeRow(archive, 'models', (r) => (r.password_hash = 'x')),
      'models[1].password_hash',
      /Colonne inconnue/,
    ],
    [
      'a value of the wrong type',
      () => forgeRow(archive, 'plans', (r) => (r.version = 'deux')),
      'plans[1].version',
      /type inattendu/,
    ],
    [
      'a table that is not part of an export',
      () =>
        forge(archive, (e) => {
          e['tables/sessions.jsonl'] = Buffer.from('{"id":"x"}\n');
          const m = JSON.parse(Buffer.from(e['manifest.json']).toString()) as {
            counts: Record<string, number>;
            checksums: Record<string, string>;
          };
          m.counts.sessions = 1;
          m.checksums['tables/sessions.jsonl'] = '0'.repeat(64);
          e['manifest.json'] = Buffer.from(JSON.stringify(m));
        }),
      'tables/sessions.jsonl',
      /ne fait pas partie/,
    ],
  ];

  function forgeKeepingChecksums(): Uint8Array {
    return forge(
      archive,
      (e) => {
        e['tables/projects.jsonl'] = Buffer.from(
          Buffer.from(e['tables/projects.jsonl']).toString().replace('"title":"', '"title":"X'),
        );
      },
      { keepChecksums: true },
    );
  }

  it.each(cases)('%s', async (_label, make, field, french) => {
    const before = await countRows(t.ctx.db);
    for (const dryRun of ['true', 'false']) {
      const response = await importAs(t, cast.admin, make(), `dryRun=${dryRun}`);
      expect(response.statusCode, response.body).toBe(400);
      const error = (response.json() as { error: { fields: Record<string, string> } }).error;
      expect(Object.keys(error.fields)).toEqual([field]);
      expect(error.fields[field]).toMatch(french);
    }
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organisation-imports?dryRun=true',
      headers: { 'content-type': 'application/zip', 'accept-language': 'en', cookie: cast.admin.cookie },
      payload: Buffer.from(make()),
    });
    const inEnglish = (english.json() as { error: { fields: Record<string, string> } }).error.fields[field];
    expect(inEnglish.length).toBeGreaterThan(10);
    expect(inEnglish).not.toMatch(french);
    expect(await countRows(t.ctx.db)).toEqual(before);
  });

  it('refuses a body that is not a file', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organisation-imports',
      headers: { cookie: cast.admin.cookie, 'content-type': 'application/json' },
      payload: { archive: 'x' },
    });
    expect([400, 415]).toContain(response.statusCode);
  });
});
