import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import {
  createTestContext,
  createTestOrganisation,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { demoSeeders } from '../seed/demo-seeds.ts';
import { DEMO_REPLICATOR } from './diagnostics.demo-replicator.ts';
import { seedDemoDiagnostics } from './diagnostics.demo.ts';
import { getInstruments } from './instruments.ts';
import { call, createTestProject, readExample } from './diagnostics.test-support.ts';

describe('demo diagnostics', () => {
  let t: TestContext;
  let owner: TestUser;
  beforeAll(async () => {
    t = await createTestContext();
    owner = await createTestUser(t);
    const organisationId = await createTestOrganisation(t, owner, [], 'Association de démonstration');
    for (const title of [
      'Centrales Villageoises',
      'Terres de Sources',
      'Bricobus des Compagnons Bâtisseurs',
    ]) {
      await createTestProject(t, organisationId, { title, visibility: 'public' });
    }
  });
  afterAll(() => t.close());

  it('is registered after the library’s seeder, which creates the reference projects', () => {
    const names = demoSeeders.map((s) => s.name);
    expect(names).toContain('diagnostics');
    if (names.includes('library'))
      expect(names.indexOf('diagnostics')).toBeGreaterThan(names.indexOf('library'));
  });

  it('gives each reference project a completed readiness diagnostic scored from its example', async () => {
    const ids = await seedDemoDiagnostics(t.ctx);
    expect(ids).toHaveLength(3);
    const instrument = getInstruments().findLatest('carrier-readiness')!;
    const verdicts: Record<string, string> = {};
    for (const [i, name] of ['centrales-villageoises', 'terres-de-sources', 'bricobus'].entries()) {
      const res = await call(t, owner, { method: 'GET', url: `/diagnostics/${ids[i]}` });
      expect(res.statusCode).toBe(200);
      const d = res.json();
      const example = readExample(name);
      expect(d).toMatchObject({
        status: 'completed',
        title: example.title.fr,
        instrumentId: 'carrier-readiness',
      });
      expect(d.result).toEqual(JSON.parse(JSON.stringify(scoreDiagnostic(instrument, example.answers))));
      expect(d.contributors).toEqual([expect.objectContaining({ userId: owner.id })]);
      verdicts[name] = d.result.verdict.id;
    }
    // Three mature pilots: none of them is « not yet ».
    expect(Object.values(verdicts)).not.toContain('not-yet');
  });

  it('skips reference projects that the library does not have', async () => {
    const empty = await createTestContext();
    try {
      expect(await seedDemoDiagnostics(empty.ctx)).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('gives the fictional EPCI of the Plateau a completed replicator-fit diagnostic of the Bricobus, readable by its members only', async () => {
    const r = await createTestContext();
    try {
      const epciOwner = await createTestUser(r);
      const outsider = await createTestUser(r);
      const carrierOrganisation = await createTestOrganisation(
        r,
        outsider,
        [],
        'Compagnons de démonstration',
      );
      const bricobus = await createTestProject(r, carrierOrganisation, {
        title: 'Bricobus des Compagnons Bâtisseurs',
        visibility: 'public',
      });
      const iso = r.ctx.now().toISOString();
      await r.ctx.db
        .insertInto('organisations')
        .values({
          id: DEMO_REPLICATOR.organisationId,
          name: 'Communauté de communes fictive du Plateau (démonstration)',
          kind: 'epci',
          siren: null,
          territory_code: null,
          territory_type: null,
          description: '',
          created_by: epciOwner.id,
          created_at: iso,
          updated_at: iso,
          deleted_at: null,
        })
        .execute();
      await r.ctx.db
        .insertInto('memberships')
        .values({
          organisation_id: DEMO_REPLICATOR.organisationId,
          user_id: epciOwner.id,
          role: 'owner',
          created_at: iso,
        })
        .execute();
      const ids = await seedDemoDiagnostics(r.ctx);
      expect(ids).toHaveLength(2); // the Bricobus readiness diagnostic, then the replicator's
      const res = await call(r, epciOwner, { method: 'GET', url: `/diagnostics/${ids[1]}` });
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json();
      const example = readExample(DEMO_REPLICATOR.example);
      expect(d).toMatchObject({
        status: 'completed',
        instrumentId: 'replicator-fit',
        title: example.title.fr,
        model: { projectId: bricobus, ref: 'Bricobus des Compagnons Bâtisseurs' },
      });
      const instrument = getInstruments().findLatest('replicator-fit')!;
      expect(d.result).toEqual(JSON.parse(JSON.stringify(scoreDiagnostic(instrument, example.answers))));
      const project = await r.ctx.db
        .selectFrom('projects')
        .select(['title', 'organisation_id'])
        .where('id', '=', d.projectId)
        .executeTakeFirstOrThrow();
      expect(project).toEqual({
        title: DEMO_REPLICATOR.projectTitle,
        organisation_id: DEMO_REPLICATOR.organisationId,
      });
      expect((await call(r, outsider, { method: 'GET', url: `/diagnostics/${ids[1]}` })).statusCode).toBe(
        404,
      );
    } finally {
      await r.close();
    }
  });
});
