import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, indicatorBody, makeIndicator, makeNetwork } from './indicators.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
});
afterAll(() => t.close());

describe('indicator dictionary', () => {
  it('creates, lists, edits with the version and deletes', async () => {
    const created = await api(
      t,
      m.editor,
      'POST',
      `/models/${n.modelId}/indicators`,
      indicatorBody({ name: 'Actionnaires', unit: 'personnes', valueType: 'integer' }),
    );
    expect(created.statusCode).toBe(201);
    const indicator = created.json();
    expect(indicator).toMatchObject({
      name: 'Actionnaires',
      unit: 'personnes',
      valueType: 'integer',
      frequency: 'yearly',
      aggregation: 'last',
      higherIsBetter: true,
      noPersonalData: true,
      isPublic: false,
      version: 1,
    });

    const list = await api(t, n.siteViewer, 'GET', `/models/${n.modelId}/indicators`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ canEdit: false, indicators: [{ id: indicator.id }] });

    const edited = await api(t, m.editor, 'PATCH', `/indicators/${indicator.id}`, {
      ...indicatorBody({ name: 'Sociétaires', unit: 'personnes', valueType: 'integer' }),
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Sociétaires', version: 2 });
    const stale = await api(t, m.editor, 'PATCH', `/indicators/${indicator.id}`, {
      ...indicatorBody({ name: 'Autre' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);

    expect((await api(t, m.editor, 'DELETE', `/indicators/${indicator.id}`)).statusCode).toBe(204);
    expect((await api(t, m.editor, 'GET', `/models/${n.modelId}/indicators`)).json().indicators).toEqual([]);
  });

  it.each([
    ['name', { name: '' }],
    ['definition', { definition: '   ' }],
    ['unit', { unit: '' }],
    ['valueType', { valueType: 'text' }],
    ['frequency', { frequency: 'weekly' }],
    ['aggregation', { aggregation: 'median' }],
    ['higherIsBetter', { higherIsBetter: 'yes' }],
    ['noPersonalData', { noPersonalData: false }],
  ])('refuses a bad %s, naming the field', async (field, overrides) => {
    const res = await api(t, m.editor, 'POST', `/models/${n.modelId}/indicators`, indicatorBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
  });

  it('refuses two indicators of the same name, in French by default', async () => {
    await makeIndicator(t, m.editor, n.modelId, { name: 'Installations' });
    const res = await api(
      t,
      m.editor,
      'POST',
      `/models/${n.modelId}/indicators`,
      indicatorBody({ name: 'installations' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.name).toContain('s’appelle déjà');
  });
});

describe('values by form', () => {
  let power: string;
  let monthly: string;
  beforeAll(async () => {
    power = await makeIndicator(t, m.editor, n.modelId, { name: 'Puissance' });
    monthly = await makeIndicator(t, m.editor, n.modelId, {
      name: 'Installations mises en service',
      unit: 'installations',
      valueType: 'integer',
      frequency: 'monthly',
      aggregation: 'sum',
    });
  });

  it('adds a value typed the French way, lists it, corrects it with the version, deletes it', async () => {
    const res = await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
      indicatorId: power,
      kind: 'actual',
      period: '2024',
      value: '1 234,5',
      unit: 'kWc',
    });
    expect(res.statusCode).toBe(201);
    const value = res.json();
    expect(value).toMatchObject({
      period: '2024',
      value: 1234.5,
      kind: 'actual',
      source: 'form',
      version: 1,
    });
    const site = await api(t, m.viewer, 'GET', `/sites/${n.siteId}/indicator-values`);
    expect(site.json()).toMatchObject({ canEdit: false, remindersEnabled: true, values: [{ id: value.id }] });

    const fixed = await api(t, m.editor, 'PATCH', `/indicator-values/${value.id}`, {
      value: 1300,
      version: 1,
    });
    expect(fixed.json()).toMatchObject({ value: 1300, version: 2 });
    expect(
      (await api(t, n.siteEditor, 'PATCH', `/indicator-values/${value.id}`, { value: 1, version: 1 }))
        .statusCode,
    ).toBe(409);
    expect((await api(t, n.siteEditor, 'DELETE', `/indicator-values/${value.id}`)).statusCode).toBe(204);
    expect((await api(t, n.siteEditor, 'GET', `/sites/${n.siteId}/indicator-values`)).json().values).toEqual(
      [],
    );
  });

  it('maps a date to its period and refuses a duplicate for that period', async () => {
    const first = await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
      indicatorId: monthly,
      kind: 'actual',
      period: '15/03/2025',
      value: 2,
    });
    expect(first.json().period).toBe('2025-03');
    const again = await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
      indicatorId: monthly,
      kind: 'actual',
      period: '2025-03',
      value: 3,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.period).toContain('existe déjà pour 2025-03');
    const target = await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
      indicatorId: monthly,
      kind: 'target',
      period: '2025-03',
      value: 3,
    });
    expect(target.statusCode).toBe(201);
  });

  it.each([
    ['value', { value: 'douze' }, 'n’est pas un nombre'],
    ['value', { value: 2.5 }, 'nombre entier'],
    ['unit', { unit: 'kWh' }, 'se saisit en « installations »'],
    ['period', { period: '2025' }, 'fréquence mensuelle'],
    ['period', { period: '2025-13' }, 'n’est pas une période'],
    ['kind', { kind: 'forecast' }, 'référence, cible ou réel'],
    ['indicatorId', { indicatorId: '00000000-0000-4000-8000-000000000000' }, 'Indicateur inconnu'],
  ])('refuses a bad %s with the reason', async (field, overrides, reason) => {
    const res = await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/indicator-values`, {
      indicatorId: monthly,
      kind: 'actual',
      period: '2025-04',
      value: 1,
      ...overrides,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toContain(reason);
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/sites/${n.siteId}/indicator-values`,
      headers: { cookie: n.siteEditor.cookie, 'accept-language': 'en' },
      payload: { indicatorId: monthly, kind: 'actual', period: '2025', value: 1 },
    });
    expect(res.json().error.fields.period).toContain('does not match the indicator');
  });

  it('refuses changing the frequency of an indicator that has values', async () => {
    const res = await api(t, m.editor, 'PATCH', `/indicators/${monthly}`, {
      ...indicatorBody({
        name: 'Installations mises en service',
        unit: 'installations',
        valueType: 'integer',
        frequency: 'yearly',
        aggregation: 'sum',
      }),
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['frequency']);
  });

  it('lets the site’s organisation opt out of reminders, not the carrier', async () => {
    expect(
      (await api(t, m.editor, 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: false }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await api(t, n.siteEditor, 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: false })
      ).json(),
    ).toEqual({ enabled: false });
    expect(
      (await api(t, n.siteViewer, 'GET', `/sites/${n.siteId}/indicator-values`)).json().remindersEnabled,
    ).toBe(false);
    expect(
      (await api(t, n.siteEditor, 'PUT', `/sites/${n.siteId}/indicator-reminders`, { enabled: true })).json(),
    ).toEqual({ enabled: true });
  });
});
