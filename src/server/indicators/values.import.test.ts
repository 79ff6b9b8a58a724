import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, insertSite, makeIndicator, makeNetwork, uploadCsv } from './indicators.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let otherSite: string;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  otherSite = await insertSite(t, {
    modelId: n.modelId,
    organisationId: m.otherOrganisationId,
    carrierOrganisationId: m.organisationId,
    name: 'Centrale des Baronnies',
  });
  await makeIndicator(t, m.editor, n.modelId, { name: 'Puissance installée' });
  await makeIndicator(t, m.editor, n.modelId, {
    name: 'Installations',
    unit: 'installations',
    valueType: 'integer',
    frequency: 'quarterly',
    aggregation: 'sum',
  });
});
afterAll(() => t.close());

const good = [
  'site;indicateur;période;type;valeur;unité',
  'Centrale du Val;Puissance installée;2023;réel;36,5;kWc',
  'centrale du val;Puissance installée;31/12/2024;Réel;"1 036,5";kWc',
  'Centrale du Val;Installations;2024-T2;cible;4;',
  'Centrale des Baronnies;Installations;15/05/2024;reel;3;installations',
].join('\r\n');

describe('CSV upload', () => {
  it('dry run: counts rows, lists nothing wrong, writes nothing', async () => {
    const res = await uploadCsv(t, m.editor, n.modelId, `\ufeff${good}`, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dryRun: true, rows: 4, valid: 4, written: 0, errors: [] });
    expect((await api(t, m.editor, 'GET', `/sites/${n.siteId}/indicator-values`)).json().values).toEqual([]);
  });

  it('lists each bad row with its field and reason, and refuses to write any when confirmed', async () => {
    const bad = [
      'site;indicateur;période;type;valeur;unité',
      'Centrale du Val;Puissance installée;2022;réel;12,5;kWc',
      'Inconnue;Puissance installée;2022;réel;1;kWc',
      'Centrale du Val;Mystère;2022;réel;1;',
      'Centrale du Val;Puissance installée;2022-03;réel;1;kWc',
      'Centrale du Val;Puissance installée;2021;réel;beaucoup;kWc',
      'Centrale du Val;Puissance installée;2020;réel;3;MWh',
      'Centrale du Val;Installations;2022-T1;réel;2,5;',
      'Centrale du Val;Puissance installée;2022;réel;13;kWc',
      'Centrale du Val;Puissance installée;2022;prévision;13;kWc',
    ].join('\n');
    const dry = (await uploadCsv(t, m.editor, n.modelId, bad, true)).json();
    expect(dry.valid).toBe(1);
    expect(dry.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`)).toEqual([
      '3:site',
      '4:indicateur',
      '5:période',
      '6:valeur',
      '7:unité',
      '8:valeur',
      '9:période',
      '10:type',
    ]);
    expect(dry.errors[6].reason).toContain('Doublon de la ligne 2');
    const confirmed = await uploadCsv(t, m.editor, n.modelId, bad, false);
    expect(confirmed.statusCode).toBe(400);
    expect(confirmed.json().error.message).toContain('rien n’a été enregistré');
    expect((await api(t, m.editor, 'GET', `/sites/${n.siteId}/indicator-values`)).json().values).toEqual([]);
  });

  it('writes everything once confirmed, then refuses the same rows as duplicates', async () => {
    const res = await uploadCsv(t, m.editor, n.modelId, good, false);
    expect(res.json()).toMatchObject({ dryRun: false, rows: 4, written: 4 });
    const values = (await api(t, m.editor, 'GET', `/sites/${n.siteId}/indicator-values`)).json().values;
    expect(
      values.map((v: { period: string; value: number; source: string }) => [v.period, v.value, v.source]),
    ).toEqual(
      expect.arrayContaining([
        ['2023', 36.5, 'csv'],
        ['2024', 1036.5, 'csv'],
        ['2024-T2', 4, 'csv'],
      ]),
    );
    const again = (await uploadCsv(t, m.editor, n.modelId, good, true)).json();
    expect(again.valid).toBe(0);
    expect(again.errors[0].reason).toContain('existe déjà');
  });

  it('limits a site editor to their own sites', async () => {
    const csv =
      'site;indicateur;période;type;valeur\nCentrale des Baronnies;Puissance installée;2019;réel;5\nCentrale du Val;Puissance installée;2019;réel;5';
    const dry = (await uploadCsv(t, n.siteEditor, n.modelId, csv, true)).json();
    expect(dry.errors).toEqual([
      { line: 2, field: 'site', reason: 'Site inconnu ou hors de vos droits : « Centrale des Baronnies ».' },
    ]);
    expect(otherSite).toBeTruthy();
  });

  it('refuses a file without the needed columns, or empty, naming the file', async () => {
    const missing = await uploadCsv(t, m.editor, n.modelId, 'site,indicateur,periode\nA,B,C', true);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.file).toContain('Colonnes manquantes');
    expect((await uploadCsv(t, m.editor, n.modelId, '\ufeff', true)).json().error.fields.file).toContain(
      'vide',
    );
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/models/${n.modelId}/indicator-values/import?dryRun=true`,
      headers: { cookie: m.editor.cookie, 'content-type': 'text/csv', 'accept-language': 'en' },
      payload: 'site;indicateur;période;type;valeur\nNowhere;Installations;2024-T1;réel;1',
    });
    expect(res.json().errors[0].reason).toBe('Unknown site or not yours to edit: "Nowhere".');
  });

  it('is refused to readers (403) and strangers (404)', async () => {
    expect((await uploadCsv(t, m.viewer, n.modelId, good, true)).statusCode).toBe(403);
    expect((await uploadCsv(t, m.facilitator, n.modelId, good, true)).statusCode).toBe(404);
    expect((await uploadCsv(t, null, n.modelId, good, true)).statusCode).toBe(401);
  });
});
