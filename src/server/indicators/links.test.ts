import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { hashToken } from './links.service.ts';
import { api, insertSite, makeIndicator, makeNetwork } from './indicators.test-support.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let n: Awaited<ReturnType<typeof makeNetwork>>;
let yearly: string;
let monthly: string;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
  n = await makeNetwork(t, m);
  yearly = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Actionnaires',
    unit: 'personnes',
    valueType: 'integer',
  });
  monthly = await makeIndicator(t, m.editor, n.modelId, {
    name: 'Production',
    unit: 'MWh',
    frequency: 'monthly',
    aggregation: 'sum',
  });
});
afterAll(() => t.close());

async function sendLink(period = '2025', email = 'tresorier@centrale-du-val.fr', days = 14) {
  const res = await api(t, m.editor, 'POST', `/sites/${n.siteId}/reporting-links`, { period, email, days });
  expect(res.statusCode).toBe(201);
  const mail = await t.ctx.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_email', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const token = /\/saisie\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
  return { token, mail, link: res.json() };
}

describe('reporting links', () => {
  it('e-mails a link, stores only its hash, and lets the contact report that period without an account', async () => {
    const { token, mail, link } = await sendLink();
    expect(mail.subject).toBe('Indicateurs à saisir pour Centrale du Val (2025)');
    const stored = await t.ctx.db
      .selectFrom('indicator_links')
      .selectAll()
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const view = await api(t, null, 'GET', `/reporting/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      site: { id: n.siteId, name: 'Centrale du Val' },
      period: '2025',
      indicators: [{ id: yearly }],
    });
    const sent = await api(t, null, 'POST', `/reporting/${token}`, {
      values: [{ indicatorId: yearly, kind: 'actual', value: '212' }],
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().values).toMatchObject([
      { indicatorId: yearly, period: '2025', value: 212, source: 'link' },
    ]);
  });

  it('refuses another site, another frequency, a duplicate and a bad value, writing nothing', async () => {
    const { token } = await sendLink('2024');
    const other = await insertSite(t, {
      modelId: n.modelId,
      organisationId: n.siteOrganisationId,
      carrierOrganisationId: m.organisationId,
    });
    const wrongSite = await api(t, null, 'POST', `/reporting/${token}`, {
      siteId: other,
      values: [{ indicatorId: yearly, kind: 'actual', value: 1 }],
    });
    expect(wrongSite.statusCode).toBe(403);
    expect(wrongSite.json().error.message).toContain('que les valeurs de son site');
    const wrongFrequency = await api(t, null, 'POST', `/reporting/${token}`, {
      values: [{ indicatorId: monthly, kind: 'actual', value: 1 }],
    });
    expect(wrongFrequency.json().error.fields['values.0.indicatorId']).toContain('autre fréquence');
    const bad = await api(t, null, 'POST', `/reporting/${token}`, {
      values: [
        { indicatorId: yearly, kind: 'actual', value: 10 },
        { indicatorId: yearly, kind: 'actual', value: 11 },
        { indicatorId: yearly, kind: 'target', value: '3,5' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['values.1.value', 'values.2.value']);
    expect((await api(t, null, 'GET', `/reporting/${token}`)).json().values).toEqual([]);
  });

  it('is refused once expired, and for an unknown token', async () => {
    const { token } = await sendLink('2023', 'contact@example.org', 1);
    t.setNow(new Date(t.ctx.now().getTime() + 2 * 86_400_000));
    const expired = await api(t, null, 'POST', `/reporting/${token}`, {
      values: [{ indicatorId: yearly, kind: 'actual', value: 1 }],
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.message).toContain('a expiré');
    expect((await api(t, null, 'GET', `/reporting/${token}`)).statusCode).toBe(410);
    expect((await api(t, null, 'GET', `/reporting/${'x'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('validates the request: period, e-mail, duration; only writers of the site may send one', async () => {
    const bad = await api(t, m.editor, 'POST', `/sites/${n.siteId}/reporting-links`, {
      period: '2025-T5',
      email: 'pas-une-adresse',
      days: 90,
    });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['days', 'email']);
    const period = await api(t, m.editor, 'POST', `/sites/${n.siteId}/reporting-links`, {
      period: '2025-T1',
      email: 'a@example.org',
    });
    expect(period.json().error.fields.period).toContain('Aucun indicateur');
    expect(
      (
        await api(t, n.siteEditor, 'POST', `/sites/${n.siteId}/reporting-links`, {
          period: '2025',
          email: 'a@example.org',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await api(t, n.siteViewer, 'POST', `/sites/${n.siteId}/reporting-links`, {
          period: '2025',
          email: 'a@example.org',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await api(t, m.outsider, 'POST', `/sites/${n.siteId}/reporting-links`, {
          period: '2025',
          email: 'a@example.org',
        })
      ).statusCode,
    ).toBe(404);
  });
});
