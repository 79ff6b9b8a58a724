import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, createTestUser, type TestContext } from '../test/harness.ts';
import type { Cast } from '../reliability/world.ts';
import { countRows } from '../reliability/row-counts.ts';
import type { ImportReport } from './org-transfer.import.ts';
import {
  buildRichOrganisation,
  canonical,
  exportAs,
  importAs,
  readArchive,
} from './org-transfer.test-support.ts';

/**
 * Round trip of a whole organisation: built through the API on one instance, exported by its owner, imported by an
 * administrator into a fresh instance (and into the same one, as a copy), then exported again from there: the
 * records and file bytes are the same once ids are mapped. SQLite by default, PostgreSQL with ESSAIM_TEST_DB.
 */
let source: TestContext;
let cast: Cast;
let archive: Buffer;

beforeAll(async () => {
  source = await createTestContext();
  cast = await createRoleMatrix(source);
  await buildRichOrganisation(source, cast);
  const response = await exportAs(source, cast.owner, cast.organisationId);
  expect(response.statusCode).toBe(200);
  archive = response.rawPayload;
}, 180_000);
afterAll(() => source.close());

describe('organisation export', () => {
  it('is a zip with a manifest counting every table, and people without secrets', () => {
    const content = readArchive(archive);
    expect(content.manifest.organisation.id).toBe(cast.organisationId);
    for (const table of ['projects', 'project_images', 'diagnostics', 'plans', 'plan_items', 'models'])
      expect(content.manifest.counts[table], table).toBeGreaterThan(0);
    for (const table of ['model_resources', 'sites', 'indicators', 'indicator_values', 'training_sessions'])
      expect(content.manifest.counts[table], table).toBeGreaterThan(0);
    expect(content.manifest.counts.project_story_phases).toBe(1);
    expect(content.manifest.counts.project_imports).toBeGreaterThan(0);
    expect(content.manifest.counts.facilitator_follows).toBeGreaterThan(0);
    // The site run by organisation B in A's network is part of A's export.
    expect(content.tables.get('sites')!.some((s) => s.organisation_id === cast.otherOrganisationId)).toBe(
      true,
    );
    const emails = content.people.map((p) => p.email);
    for (const who of [cast.owner, cast.editor, cast.viewer, cast.facilitator])
      expect(emails).toContain(who.email);
    expect(Object.keys(content.people[0]).sort()).toEqual(['displayName', 'email', 'id', 'language']);
    expect(archive.toString('latin1')).not.toContain('$argon2');
    expect(content.externals).toContainEqual({
      table: 'organisations',
      id: cast.otherOrganisationId,
      label: 'Association Autre',
    });
  });

  it('comes back with its own name and the audit trail records it', async () => {
    const response = await exportAs(source, cast.owner, cast.organisationId);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain('essaim-communaute-de-communes-du-val-test-');
    const audit = await source.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'organisation.export')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });
});

describe('organisation re-import into a fresh instance', () => {
  let target: TestContext;
  beforeAll(async () => {
    target = await createTestContext();
  }, 60_000);
  afterAll(() => target.close());

  it('dry run reports what would be created and dropped, and writes nothing', async () => {
    const admin = await createTestUser(target, { platformRole: 'admin' });
    const before = await countRows(target.ctx.db);
    const response = await importAs(target, admin, archive, 'dryRun=true');
    expect(response.statusCode).toBe(200);
    const report = response.json() as ImportReport;
    expect(report.dryRun).toBe(true);
    expect(report.created.projects).toBe(readArchive(archive).manifest.counts.projects);
    // Organisation B does not exist here: its site, the share of a diagnostic and of a project are dropped.
    expect(report.dropped.map((d) => d.table)).toEqual(
      expect.arrayContaining(['sites', 'diagnostic_shares']),
    );
    expect(report.dropped.every((d) => d.missing.label === 'Association Autre')).toBe(true);
    expect(report.people.created).toBeGreaterThanOrEqual(4);
    expect(await countRows(target.ctx.db)).toEqual(before);
  });

  it('imports every record with new ids, the same contents and the same file bytes', async () => {
    const admin = await createTestUser(target, { platformRole: 'admin' });
    const dry = (await importAs(target, admin, archive, 'dryRun=true')).json() as ImportReport;
    const response = await importAs(target, admin, archive, 'dryRun=false&name=Val%20Test%20restaur%C3%A9');
    expect(response.statusCode).toBe(201);
    const report = response.json() as ImportReport;
    expect({ ...report, organisation: null, dryRun: null }).toEqual({
      ...dry,
      organisation: null,
      dryRun: null,
    });
    expect(report.organisation.id).not.toBe(cast.organisationId);
    expect(report.organisation.name).toBe('Val Test restauré');

    const again = await exportAs(target, admin, report.organisation.id);
    expect(again.statusCode).toBe(200);
    const original = readArchive(archive);
    const copy = readArchive(again.rawPayload);
    // The dropped site of organisation B is the only difference.
    original.tables.set(
      'sites',
      original.tables.get('sites')!.filter((s) => s.organisation_id !== cast.otherOrganisationId),
    );
    original.tables.set(
      'diagnostic_shares',
      original.tables.get('diagnostic_shares')!.filter((s) => s.target_id !== cast.otherOrganisationId),
    );
    original.tables.set(
      'project_shares',
      original.tables.get('project_shares')!.filter((s) => s.organisation_id !== cast.otherOrganisationId),
    );
    original.tables.get('organisations')![0].name = 'Val Test restauré';
    const a = canonical(original);
    const b = canonical(copy);
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    const ids = new Set([...original.tables.values()].flat().map((r) => r.id));
    const reused = [...copy.tables.values()].flat().filter((r) => typeof r.id === 'string' && ids.has(r.id));
    expect(reused).toEqual([]);

    // People: created without a password, matched by e-mail, and the owner is the owner again.
    const owner = await target.ctx.db
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .select(['users.password_hash', 'memberships.role'])
      .where('users.email', '=', cast.owner.email)
      .where('memberships.organisation_id', '=', report.organisation.id)
      .executeTakeFirstOrThrow();
    expect(owner).toEqual({ password_hash: null, role: 'owner' });
    // The indicator roll-ups were recomputed from the imported values.
    const rollups = await target.ctx.db.selectFrom('indicator_rollups').select('value_sum').execute();
    expect(rollups.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('organisation re-import into the same instance, beside the original', () => {
  it('matches every person by e-mail, keeps the links to organisation B and leaves the original untouched', async () => {
    const before = await source.ctx.db
      .selectFrom('projects')
      .select(['id', 'version', 'title'])
      .where('organisation_id', '=', cast.organisationId)
      .orderBy('id')
      .execute();
    const response = await importAs(source, cast.admin, archive);
    expect(response.statusCode).toBe(201);
    const report = response.json() as ImportReport;
    expect(report.people.created).toBe(0);
    expect(report.dropped).toEqual([]);
    const copies = await source.ctx.db
      .selectFrom('projects')
      .select('title')
      .where('organisation_id', '=', report.organisation.id)
      .orderBy('title')
      .execute();
    expect(copies.map((p) => p.title)).toEqual(before.map((p) => p.title).sort());
    const after = await source.ctx.db
      .selectFrom('projects')
      .select(['id', 'version', 'title'])
      .where('organisation_id', '=', cast.organisationId)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
    // Organisation B's site came along, in the copy's network.
    const siteOfB = await source.ctx.db
      .selectFrom('sites')
      .select('id')
      .where('carrier_organisation_id', '=', report.organisation.id)
      .where('organisation_id', '=', cast.otherOrganisationId)
      .execute();
    expect(siteOfB).toHaveLength(1);
  }, 60_000);
});
