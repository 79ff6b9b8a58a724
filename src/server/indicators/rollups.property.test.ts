import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalsFromValues } from '../../core/indicators/aggregate.ts';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, insertSite, makeIndicator, makeNetwork, uploadCsv } from './indicators.test-support.ts';

// Whatever sequence of writes happens (form, upload, correction, deletion), the roll-ups and latest values kept on
// write equal what aggregating the raw values gives.
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let sites: { id: string; name: string }[];
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  sites = [{ id: n.siteId, name: 'Centrale du Val' }];
  for (const name of ['Site B', 'Site C'])
    sites.push({
      id: await insertSite(t, {
        modelId: n.modelId,
        organisationId: n.siteOrganisationId,
        carrierOrganisationId: m.organisationId,
        name,
      }),
      name,
    });
});
afterAll(() => t.close());

const PERIODS = ['2024-T1', '2024-T2', '2024-T3', '2025-T1'];
const KINDS = ['actual', 'target'] as const;
const op = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    site: fc.nat(2),
    period: fc.nat(3),
    kind: fc.nat(1),
    value: fc.integer({ min: -50, max: 500 }),
  }),
  // A file of one to four rows: several periods of one site in one transaction must leave its newest as latest.
  fc.record({
    type: fc.constant('upload' as const),
    rows: fc.array(
      fc.record({
        site: fc.nat(2),
        period: fc.nat(3),
        kind: fc.nat(1),
        value: fc.integer({ min: 0, max: 500 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({
    type: fc.constant('update' as const),
    pick: fc.nat(),
    value: fc.integer({ min: 0, max: 999 }),
  }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
);

async function rawValues(indicatorId: string) {
  return t.ctx.db
    .selectFrom('indicator_values')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .execute();
}

describe('roll-ups maintained on write', () => {
  it('always equal the aggregation of raw values', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        run += 1;
        const indicatorId = await makeIndicator(t, m.editor, n.modelId, {
          name: `Indicateur ${run}`,
          unit: 'u',
          valueType: 'integer',
          frequency: 'quarterly',
          aggregation: 'sum',
        });
        for (const o of ops) {
          if (o.type === 'add') {
            await api(t, m.editor, 'POST', `/sites/${sites[o.site].id}/indicator-values`, {
              indicatorId,
              kind: KINDS[o.kind],
              period: PERIODS[o.period],
              value: o.value,
            });
          } else if (o.type === 'upload') {
            const lines = o.rows.map(
              (r) =>
                `${sites[r.site].name};Indicateur ${run};${PERIODS[r.period]};${KINDS[r.kind] === 'actual' ? 'réel' : 'cible'};${r.value}`,
            );
            await uploadCsv(
              t,
              m.editor,
              n.modelId,
              `site;indicateur;période;type;valeur\n${lines.join('\n')}`,
              false,
            );
          } else {
            const rows = await rawValues(indicatorId);
            if (rows.length === 0) continue;
            const row = rows[o.pick % rows.length];
            if (o.type === 'update')
              await api(t, m.editor, 'PATCH', `/indicator-values/${row.id}`, {
                value: o.value,
                version: row.version,
              });
            else await api(t, m.editor, 'DELETE', `/indicator-values/${row.id}`);
          }
        }
        const raw = await rawValues(indicatorId);
        for (const kind of KINDS) {
          const expected = totalsFromValues(
            raw
              .filter((r) => r.kind === kind)
              .map((r) => ({ period: r.period, start: r.period_start, value: Number(r.value) })),
          );
          const rollups = await t.ctx.db
            .selectFrom('indicator_rollups')
            .selectAll()
            .where('indicator_id', '=', indicatorId)
            .where('kind', '=', kind)
            .orderBy('period_start')
            .execute();
          expect(
            rollups.map((r) => ({
              period: r.period,
              start: r.period_start,
              sum: Number(r.value_sum),
              count: Number(r.value_count),
            })),
          ).toEqual(expected);
          const latest = await t.ctx.db
            .selectFrom('indicator_site_latest')
            .selectAll()
            .where('indicator_id', '=', indicatorId)
            .where('kind', '=', kind)
            .orderBy('site_id')
            .execute();
          const expectedLatest = [...new Set(raw.filter((r) => r.kind === kind).map((r) => r.site_id))]
            .sort()
            .map((siteId) => {
              const mine = raw
                .filter((r) => r.kind === kind && r.site_id === siteId)
                .sort((a, b) => b.period_start.localeCompare(a.period_start));
              return { site: siteId, period: mine[0].period, value: Number(mine[0].value) };
            });
          expect(latest.map((l) => ({ site: l.site_id, period: l.period, value: Number(l.value) }))).toEqual(
            expectedLatest,
          );
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
