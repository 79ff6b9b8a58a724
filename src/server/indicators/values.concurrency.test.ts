import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { insertSite, makeIndicator, makeNetwork, uploadCsv } from './indicators.test-support.ts';

// Several sites of one network upload the same period at the same moment (the end-of-year reporting rush). Each
// upload refreshes the same roll-up bucket; on PostgreSQL that used to collide (unique violation, answered 500) or
// lose another upload's values in the sum. Every upload must be accepted and the bucket must count them all.

let t: TestContext;
let modelId: string;
let indicatorId: string;
let editor: Awaited<ReturnType<typeof createRoleMatrix>>['editor'];
const SITES = 12;

beforeAll(async () => {
  t = await createTestContext();
  const m = await createRoleMatrix(t);
  editor = m.editor;
  const n = await makeNetwork(t, m);
  modelId = n.modelId;
  for (let i = 1; i < SITES; i++)
    await insertSite(t, {
      modelId,
      organisationId: n.siteOrganisationId,
      carrierOrganisationId: m.organisationId,
      name: `Centrale ${i}`,
    });
  indicatorId = await makeIndicator(t, m.editor, modelId, {
    name: 'Installations',
    unit: 'installations',
    valueType: 'integer',
    aggregation: 'sum',
  });
});
afterAll(() => t.close());

describe('concurrent uploads for the same period', () => {
  it('are all accepted and the roll-up counts every value', async () => {
    const names = ['Centrale du Val', ...Array.from({ length: SITES - 1 }, (_, i) => `Centrale ${i + 1}`)];
    const answers = await Promise.all(
      names.map((name, i) =>
        uploadCsv(
          t,
          editor,
          modelId,
          `site;indicateur;période;type;valeur\n${name};Installations;2024;réel;${i + 1}`,
          false,
        ),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(names.map(() => 200));
    const bucket = await t.ctx.db
      .selectFrom('indicator_rollups')
      .select(['value_sum', 'value_count'])
      .where('indicator_id', '=', indicatorId)
      .where('kind', '=', 'actual')
      .executeTakeFirstOrThrow();
    expect(Number(bucket.value_count)).toBe(SITES);
    expect(Number(bucket.value_sum)).toBe((SITES * (SITES + 1)) / 2);
    const latest = await t.ctx.db
      .selectFrom('indicator_site_latest')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('indicator_id', '=', indicatorId)
      .executeTakeFirstOrThrow();
    expect(Number(latest.n)).toBe(SITES);
  });
});
