import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategiesByControl } from '../../core/method/method-lookups.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import {
  ContentError,
  defaultContentDir,
  getMethodContent,
  loadMethodContent,
} from './method-content.loader.ts';

describe('method API', () => {
  let t: TestContext;
  const content = getMethodContent();
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('serves the whole method without an account, in French by default, texts resolved to strings', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/method' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.lang).toBe('fr');
    expect(body.situations).toHaveLength(content.situations.length);
    expect(body.situations[0].title).toBe(content.situations[0].title.fr);
    expect(body.glossary).toHaveLength(content.glossary.length);
    expect(body.cases.map((c: { id: string }) => c.id).sort()).toEqual([
      'bricobus',
      'centrales-villageoises',
      'terres-de-sources',
    ]);
    expect(body.sources.length).toBe(content.sources.length);
    expect(body.introduction[0].body).toBe(content.introduction[0].body.fr);
    expect(body.vigilance[0].actions[0]).toBe(content.vigilance[0].actions[0].fr);
    expect(res.headers['cache-control']).toContain('max-age');
  });

  it('sorts strategies by the control the carrier keeps, cooperation last', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/method?lang=en' })).json();
    const ids = body.strategies.map((s: { id: string }) => s.id);
    expect(ids).toEqual([
      'influence',
      'label',
      'essaimage-souple',
      'franchise',
      'duplication',
      'merger',
      'cooperation',
    ]);
    expect(body.strategies.map((s: { controlLevel: number | null }) => s.controlLevel)).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      null,
    ]);
    expect(ids).toEqual(
      strategiesByControl(content.strategies, { includeTransversal: true }).map((s) => s.id),
    );
  });

  it('follows Accept-Language, and ?lang overrides it; lang=all keeps both languages', async () => {
    const en = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/method',
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      })
    ).json();
    expect(en.lang).toBe('en');
    expect(en.glossary.some((g: { term: string }) => g.term === content.glossary[0].term.en)).toBe(true);
    const fr = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/method?lang=fr',
        headers: { 'accept-language': 'en' },
      })
    ).json();
    expect(fr.situations[0].title).toBe(content.situations[0].title.fr);
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/method?lang=all' })).json();
    expect(all.situations[0].title).toEqual(content.situations[0].title);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/method?lang=de' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('lang');
  });

  it('serves one part with its sources and links, for every kind', async () => {
    const strategy = await t.app.inject({ method: 'GET', url: '/api/v1/method/strategy/franchise' });
    expect(strategy.statusCode).toBe(200);
    const body = strategy.json();
    expect(body.item.title).toBe(content.strategies.find((s) => s.id === 'franchise')!.title.fr);
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.related.some((r: { kind: string }) => r.kind === 'vigilance')).toBe(true);
    for (const [kind, id] of [
      ['introduction', content.introduction[0].id],
      ['situation', 'widen-territory'],
      ['initiative', 'pull'],
      ['vigilance', 'loss-of-soul'],
      ['method-point', content.methodPoints[0].id],
      ['glossary', content.glossary[0].id],
      ['case', 'bricobus'],
      ['source', 'isat'],
    ]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/method/${kind}/${id}` });
      expect(res.statusCode, `${kind}/${id}`).toBe(200);
      expect(res.json().id).toBe(id);
    }
  });

  it('finds a glossary term by its wording, accents and case aside', async () => {
    const term = content.glossary[0];
    const wording = term.term.fr.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/method/glossary/${encodeURIComponent(wording)}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(term.id);
  });

  it('answers 404 for an unknown part and 400 for an unknown kind', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/method/strategy/nope' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/method/recipe/x' })).statusCode).toBe(400);
  });

  it('searches accent-insensitively in the requested language, title hits first', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/method/search?q=ESSAIMAGE' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.lang).toBe('fr');
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits[0].title.toLowerCase()).toContain('essaimage');
    const noAccent = (
      await t.app.inject({ method: 'GET', url: '/api/v1/method/search?q=vigilance%20economique' })
    ).json();
    const accented = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/method/search?q=${encodeURIComponent('vigilance économique')}`,
      })
    ).json();
    expect(noAccent.hits).toEqual(accented.hits);
    const en = (
      await t.app.inject({ method: 'GET', url: '/api/v1/method/search?q=franchise&lang=en' })
    ).json();
    expect(
      en.hits.some((h: { kind: string; id: string }) => h.kind === 'strategy' && h.id === 'franchise'),
    ).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/method/search?q=a' })).json().hits).toEqual([]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/method/search?q=${'x'.repeat(300)}` })).statusCode,
    ).toBe(400);
  });
});

describe('method content loading', () => {
  it('stops with a clear error naming the file and the problem when content is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'essaim-content-'));
    cpSync(join(defaultContentDir(), 'method'), join(dir, 'method'), { recursive: true });
    const file = join(dir, 'method', 'strategies.json');
    const strategies = JSON.parse(readFileSync(file, 'utf8')) as { title: unknown }[];
    strategies[0].title = { fr: 'Sans anglais' };
    writeFileSync(file, JSON.stringify(strategies));
    expect(() => loadMethodContent(dir)).toThrow(ContentError);
    expect(() => loadMethodContent(dir)).toThrow(/strategies\.0\.title/);
    writeFileSync(file, '{ not json');
    expect(() => loadMethodContent(dir)).toThrow(/strategies\.json is not valid JSON/);
  });
});
