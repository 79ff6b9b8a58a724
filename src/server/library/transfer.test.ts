import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';

describe('import, export and open data', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const count = async (orgId: string) =>
    Number(
      (
        await t.ctx.db
          .selectFrom('projects')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', orgId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const importFile = (qs: string, body: string, type = 'text/csv', user = m.editor) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/library/import?organisationId=${m.organisationId}&${qs}`,
      headers: { cookie: user.cookie, 'content-type': type },
      payload: body,
    });

  // A French spreadsheet export: BOM, semicolons, French headers and labels, a quoted multi-line cell.
  const csv = [
    '\ufeffTitre;Résumé;Thèmes;Territoires;Phase;Statut;Publication;Fictif;Description',
    'Garage solidaire;Réparer à prix coûtant;Mobilité;45252;Opération;En cours;publié;non;',
    'Épicerie mobile;"Une tournée\nchaque semaine";Alimentation et agriculture|Lien social;35238|region:53;Étude;En pause;brouillon;oui;',
    'Sans territoire;Résumé;Énergie;99999;Idée;En cours;brouillon;non;',
    ';Pas de titre;Eau;35;Idée;En cours;brouillon;non;',
    'Garage solidaire;Doublon du premier;Mobilité;45252;Idée;En cours;brouillon;non;',
    'Astrologie;Thème inconnu;Astrologie;35;Idée;Fini;brouillon;peut-être;',
    'Lien piégé;Résumé;Culture;35;Idée;En cours;brouillon;non;[x](javascript:alert(1))',
  ].join('\r\n');

  it('dry-runs a CSV: every rejected row with line, field and reason, and duplicates; nothing written', async () => {
    const res = await importFile('dryRun=true', csv);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ dryRun: true, total: 7, valid: 2, imported: 0 });
    expect(report.rejected).toEqual(
      expect.arrayContaining([
        { line: 5, field: 'territories.0', reason: expect.stringContaining('99999') },
        { line: 6, field: 'title', reason: expect.any(String) },
        { line: 8, field: 'themes.0', reason: expect.any(String) },
        { line: 8, field: 'phaseStatus', reason: expect.any(String) },
        { line: 8, field: 'isFictional', reason: expect.any(String) },
      ]),
    );
    expect(report.rejected.find((r: { line: number }) => r.line === 9)).toMatchObject({
      field: 'description',
      reason: expect.stringContaining('javascript'),
    });
    expect(report.duplicates).toEqual([
      { line: 7, title: 'Garage solidaire', duplicateOfLine: 2, existingProjectId: null },
    ]);
    expect(await count(m.organisationId)).toBe(0);
  });

  it('imports nothing while rows are rejected, then only the valid rows once confirmed', async () => {
    const refused = await importFile('dryRun=false', csv);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import_rejected');
    expect(refused.json().error.fields['rows.5.territories.0']).toBeTruthy();
    expect(await count(m.organisationId)).toBe(0);

    const done = await importFile('dryRun=false&acceptValidRows=true&source=Tableur%20du%20r%C3%A9seau', csv);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      imported: 2,
      source: 'Tableur du réseau',
      importedAt: t.ctx.now().toISOString(),
    });
    const rows = await t.ctx.db
      .selectFrom('projects')
      .selectAll()
      .where('organisation_id', '=', m.organisationId)
      .execute();
    rows.sort((a, b) => (a.title < b.title ? -1 : 1));
    expect(
      rows.map((r) => [r.title, r.status, r.source, r.imported_at, r.is_fictional, r.phase, r.phase_status]),
    ).toEqual([
      [
        'Garage solidaire',
        'published',
        'Tableur du réseau',
        t.ctx.now().toISOString(),
        0,
        'operation',
        'en-cours',
      ],
      ['Épicerie mobile', 'draft', 'Tableur du réseau', t.ctx.now().toISOString(), 1, 'etude', 'en-pause'],
    ]);
    expect(rows[1].summary).toBe('Une tournée\nchaque semaine');
    expect(JSON.parse(rows[1].themes)).toEqual(['food-agriculture', 'social-ties']);

    // Importing the same file again: both rows are now duplicates of stored records.
    const again = (await importFile('dryRun=true', csv)).json();
    expect(
      again.duplicates.map((d: { line: number; existingProjectId: string | null }) => [
        d.line,
        d.existingProjectId !== null,
      ]),
    ).toEqual([
      [2, true],
      [3, true],
      [7, true],
    ]);
  });

  it('accepts JSON and comma-separated CSV, refuses an unreadable file or someone else’s organisation', async () => {
    const json = JSON.stringify([
      { title: 'Recyclerie', summary: 'x', themes: ['environment'], territories: ['42218'], status: 'draft' },
    ]);
    const res = await importFile('dryRun=true', json, 'application/json');
    expect(res.json()).toMatchObject({ total: 1, valid: 1, rejected: [] });
    const comma = await importFile(
      'dryRun=true',
      'title,themes,territories\r\nCafé associatif,culture,42218\r\n',
    );
    expect(comma.json()).toMatchObject({ total: 1, valid: 1 });
    expect((await importFile('dryRun=true', '{"nope"', 'application/json')).statusCode).toBe(400);
    expect((await importFile('dryRun=true', 'title\r\n')).json().error.fields.body).toBeTruthy();
    expect((await importFile('dryRun=true', csv, 'text/csv', m.viewer)).statusCode).toBe(403);
    expect((await importFile('dryRun=true', csv, 'text/csv', m.outsider)).statusCode).toBe(403);
  });

  it('exports my organisations’ records in the import’s columns, safe against formulas, and re-imports them', async () => {
    await makeProject(
      t,
      m.editor,
      m.organisationId,
      { title: '=HYPERLINK("http://evil")', territories: ['35'] },
      false,
    );
    const res = await api(t, m.viewer, 'GET', '/library/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\ufefftitle;summary;description;themes')).toBe(true);
    expect(res.body).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(res.body).not.toMatch(/(^|;|\n)=HYPERLINK/);
    const reimport = (await importFile('dryRun=true', res.body)).json();
    expect(reimport.rejected).toEqual([]);
    expect(reimport.duplicates.map((d: { title: string }) => d.title)).toContain('=HYPERLINK("http://evil")');
    const json = (await api(t, m.viewer, 'GET', '/library/export.json')).json();
    expect(json.projects).toHaveLength(3);
    expect((await api(t, m.outsider, 'GET', '/library/export.json')).json().projects).toEqual([]);
    expect((await api(t, null, 'GET', '/library/export.json')).statusCode).toBe(401);
  });

  it('publishes open data: public published records only, no contacts, with a Table Schema under Licence Ouverte 2.0', async () => {
    await makeProject(t, m.editor, m.organisationId, {
      title: 'Projet public',
      visibility: 'public',
      contacts: [{ name: 'Camille Martin', email: 'camille@example.org' }],
    });
    await makeProject(t, m.editor, m.organisationId, { title: 'Projet privé publié', visibility: 'private' });
    await makeProject(
      t,
      m.editor,
      m.organisationId,
      { title: 'Brouillon public', visibility: 'public' },
      false,
    );
    const json = (await api(t, null, 'GET', '/open-data/projects.json')).json();
    expect(json.projects.map((p: { titre: string }) => p.titre)).toEqual(['Projet public']);
    expect(JSON.stringify(json)).not.toContain('camille@example.org');
    expect(json.projects[0]).toMatchObject({
      territoires_codes: '35238',
      departements: '35',
      regions: '53',
      thematiques: 'energy',
      fictif: false,
    });
    const csvRes = await api(t, null, 'GET', '/open-data/projects.csv');
    expect(csvRes.body.split('\r\n')[0]).toBe(
      '\ufeffid,titre,resume,description,thematiques,publics,territoires_codes,territoires_noms,departements,regions,phase,statut_phase,situation_changement_echelle,chiffres_cles,preuves,liens,organisation,type_organisation,etude_de_cas,fictif,kit_de_transfert,publie_le,modifie_le',
    );
    expect(csvRes.body).not.toContain('Projet privé');
    const pkg = (await api(t, null, 'GET', '/open-data/datapackage.json')).json();
    expect(pkg.licenses[0].name).toBe('etalab-2.0');
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(
      csvRes.body.split('\r\n')[0].replace('\ufeff', '').split(','),
    );
  });
});
