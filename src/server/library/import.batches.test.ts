import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { IMPORT_BATCH_ROWS } from './import.service.ts';

/**
 * The import reads and writes its file batch after batch: what happens at a batch's edges must be what happens in
 * the middle of one. Line N of the file is row N - 2 (line 1 is the header).
 */
describe('imports across batch boundaries', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const ROWS = IMPORT_BATCH_ROWS * 2 + 3;
  const lastOfFirstBatch = IMPORT_BATCH_ROWS + 1;
  const firstOfSecondBatch = IMPORT_BATCH_ROWS + 2;
  const lastLine = ROWS + 1;
  /** Rows of the file: the last row of the first batch and the last row of the file are bad; the first row of the
   * second batch repeats line 2; line 4 is shared with the other organisation; line 5 has a two-line summary. */
  const file = () => {
    const lines = ['titre;résumé;thèmes;territoires;phase;statut;publication;visibilité;partage avec'];
    for (let line = 2; line <= lastLine; line++) {
      if (line === lastOfFirstBatch || line === lastLine)
        lines.push(`Projet ${line};Résumé;Énergie;99999;Idée;En cours;brouillon;private;`);
      else if (line === firstOfSecondBatch)
        lines.push(
          'Projet 2;Même titre et même commune que la ligne 2;Eau;35238;Idée;En cours;brouillon;private;',
        );
      else if (line === 4)
        lines.push(`Projet 4;Résumé;Eau;35238;Étude;En pause;publié;shared;${m.otherOrganisationId}`);
      else if (line === 5)
        lines.push('Projet 5;"Première ligne\nseconde ligne";Eau;35238;Idée;En cours;brouillon;;');
      else lines.push(`Projet ${line};Résumé ${line};Énergie;35238;Idée;En cours;publié;public;`);
    }
    return `\ufeff${lines.join('\r\n')}`;
  };
  // Line 5's cell spans two lines of the file: every later row sits one line further down.
  const shift = (line: number) => (line > 5 ? line + 1 : line);

  const importFile = (qs: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/library/import?organisationId=${m.organisationId}&${qs}`,
      headers: { cookie: m.editor.cookie, 'content-type': 'text/csv' },
      payload: file(),
    });
  const stored = () =>
    t.ctx.db
      .selectFrom('projects')
      .select(['id', 'title', 'summary', 'source', 'imported_at', 'status', 'published_at', 'visibility'])
      .where('organisation_id', '=', m.organisationId)
      .execute();

  it('dry run: an error on the last row of a batch or of the file, a duplicate across batches', async () => {
    const res = await importFile('dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: ROWS, valid: ROWS - 3, imported: 0 });
    expect(report.rejected).toEqual([
      { line: shift(lastOfFirstBatch), field: 'territories.0', reason: expect.stringContaining('99999') },
      { line: shift(lastLine), field: 'territories.0', reason: expect.stringContaining('99999') },
    ]);
    expect(report.duplicates).toEqual([
      { line: shift(firstOfSecondBatch), title: 'Projet 2', duplicateOfLine: 2, existingProjectId: null },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('import: every valid row of every batch, once, with its source, date, links and searchable text', async () => {
    const res = await importFile('dryRun=false&acceptValidRows=true&source=Tableur');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: ROWS - 3, importedAt: t.ctx.now().toISOString() });
    const rows = await stored();
    expect(rows).toHaveLength(ROWS - 3);
    expect(new Set(rows.map((r) => r.title)).size).toBe(ROWS - 3);
    expect(rows.map((r) => r.title)).not.toContain(`Projet ${lastOfFirstBatch}`);
    expect(rows.every((r) => r.source === 'Tableur' && r.imported_at === t.ctx.now().toISOString())).toBe(
      true,
    );
    // Ids are UUIDs that follow the file's order (they append to the indexes instead of scattering).
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    const ids = Array.from({ length: ROWS }, (_, i) => byTitle.get(`Projet ${i + 2}`)?.id).filter(
      (id): id is string => id !== undefined,
    );
    expect(ids.every((id) => z.uuid().safeParse(id).success)).toBe(true);
    expect([...ids].sort()).toEqual(ids);

    const shared = byTitle.get('Projet 4')!;
    expect(shared).toMatchObject({
      status: 'published',
      visibility: 'shared',
      published_at: expect.any(String),
    });
    const shares = await t.ctx.db
      .selectFrom('project_shares')
      .select('organisation_id')
      .where('project_id', '=', shared.id)
      .execute();
    expect(shares).toEqual([{ organisation_id: m.otherOrganisationId }]);
    expect(byTitle.get('Projet 5')).toMatchObject({
      summary: 'Première ligne\nseconde ligne',
      status: 'draft',
      published_at: null,
    });
    const facets = await t.ctx.db
      .selectFrom('project_facets')
      .select(['facet', 'value'])
      .where('project_id', '=', shared.id)
      .orderBy('facet')
      .orderBy('value')
      .execute();
    expect(facets).toEqual(
      expect.arrayContaining([
        { facet: 'theme', value: 'water' },
        { facet: 'phase', value: 'etude' },
        { facet: 'departement', value: '35' },
      ]),
    );

    // Rows of the last batch are in the full-text index like the first ones.
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/v1/library/search?q=${encodeURIComponent(`Projet ${lastLine - 1}`)}&limit=5`,
      headers: { cookie: m.viewer.cookie },
    });
    expect(search.json().items.map((p: { title: string }) => p.title)).toContain(`Projet ${lastLine - 1}`);

    // The same file again: every row now a duplicate of a stored record, the bad ones still rejected.
    const again = (await importFile('dryRun=true')).json();
    expect(again.duplicates).toHaveLength(ROWS - 2);
    expect(again.rejected.map((r: { line: number }) => r.line)).toEqual([
      shift(lastOfFirstBatch),
      shift(lastLine),
    ]);
  });
});
