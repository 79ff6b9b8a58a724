import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, makeProject, projectBody } from './library.test-helpers.ts';

describe('project records: create, read, edit, publish, trash', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
  });
  afterAll(() => t.close());

  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('projects')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a draft with resolved territories, rendered Markdown and an audit entry', async () => {
    const res = await api(
      t,
      m.editor,
      'POST',
      '/projects',
      projectBody(m.organisationId, { territories: ['35238', { type: 'region', code: '53' }, '243500139'] }),
    );
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      status: 'draft',
      visibility: 'private',
      version: 1,
      canEdit: true,
      isCaseStudy: false,
      hasKit: false,
    });
    expect(p.territories.map((x: { type: string; code: string }) => `${x.type}:${x.code}`)).toEqual([
      'region:53',
      'epci:243500139',
      'commune:35238',
    ]);
    expect(p.territories[2]).toMatchObject({ name: 'Rennes', departement: '35', region: '53' });
    expect(p.descriptionHtml).toContain('<strong>coopérative</strong>');
    expect(p.descriptionHtml).toContain('rel="noopener noreferrer nofollow"');
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('subject_id', '=', p.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['project.create']);
    const facets = await t.ctx.db
      .selectFrom('project_facets')
      .select(['facet', 'value'])
      .where('project_id', '=', p.id)
      .execute();
    expect(facets).toEqual(
      expect.arrayContaining([
        { facet: 'theme', value: 'energy' },
        { facet: 'departement', value: '35' },
        { facet: 'region', value: '53' },
        { facet: 'epci', value: '243500139' },
      ]),
    );
  });

  it('refuses bad input with the field and the reason, and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ territories: ['35238', '99999'] }, 'territories.1', /inconnu/],
      [{ territories: ['243500138'] }, 'territories.0', /SIREN/],
      [{ title: 'x'.repeat(201) }, 'title', /200/],
      [{ summary: 'x'.repeat(5001) }, 'summary', /5\u00a0000/],
      [{ description: 'Bonjour <script>alert(1)</script>' }, 'description', /HTML/],
      [{ description: '<img src=x onerror="alert(1)">' }, 'description', /HTML/],
      [{ description: '[clic](javascript:alert(document.cookie))' }, 'description', /javascript/],
      [{ description: '[clic](JaVa&#x53;cript:alert(1))' }, 'description', /javascript/],
      [{ themes: ['astrology'] }, 'themes.0', /./],
      [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url', /http/],
      [{ links: [{ label: 'x', url: 'ftp://example.org' }] }, 'links.0.url', /http/],
      [{ phase: 'done' }, 'phase', /./],
      [
        { visibility: 'shared', sharedWithOrganisationIds: ['5b0f5a4e-8d3c-4b55-9e2b-2f0e1b1c1d1e'] },
        'sharedWithOrganisationIds.0',
        /inconnue/,
      ],
    ];
    for (const [override, field, reason] of cases) {
      const res = await api(t, m.editor, 'POST', '/projects', projectBody(m.organisationId, override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().error.fields[field], `${field} in ${res.body}`).toMatch(reason);
    }
    expect(await count()).toBe(before);
  });

  it('edits with the version, answers 409 with the current version when stale, and keeps search text in sync', async () => {
    const id = await makeProject(t, m.editor, m.organisationId, {}, false);
    const ok = await api(t, m.editor, 'PATCH', `/projects/${id}`, {
      version: 1,
      title: 'Réseau de chaleur bois des hôpitaux',
      territories: ['35'],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      title: 'Réseau de chaleur bois des hôpitaux',
      territories: [{ type: 'departement', code: '35' }],
    });
    const row = await t.ctx.db
      .selectFrom('projects')
      .select(['search_text', 'search_title'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.search_title).toContain('hopital');
    expect(row.search_text).toContain('vilain');
    const stale = await api(t, m.editor, 'PATCH', `/projects/${id}`, { version: 1, title: 'Autre titre' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);
    const bad = await api(t, m.editor, 'PATCH', `/projects/${id}`, { version: 2, territories: ['00000'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['territories.0']).toBeTruthy();
    expect((await api(t, m.editor, 'GET', `/projects/${id}`)).json().version).toBe(2);
  });

  it('publishes only a complete record, and unpublishes', async () => {
    const incomplete = await makeProject(
      t,
      m.editor,
      m.organisationId,
      { summary: '', themes: [], territories: [] },
      false,
    );
    const refused = await api(t, m.editor, 'POST', `/projects/${incomplete}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields).sort()).toEqual(['summary', 'territories', 'themes']);
    const id = await makeProject(t, m.editor, m.organisationId, {}, false);
    const stale = await api(t, m.editor, 'POST', `/projects/${id}/publish`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    const published = await api(t, m.editor, 'POST', `/projects/${id}/publish`, { version: 1 });
    expect(published.json()).toMatchObject({
      status: 'published',
      version: 2,
      publishedAt: t.ctx.now().toISOString(),
    });
    const back = await api(t, m.editor, 'POST', `/projects/${id}/unpublish`);
    expect(back.json()).toMatchObject({ status: 'draft', version: 3 });
  });

  it('moves to the trash, lists it, restores within 30 days but not after', async () => {
    const id = await makeProject(t, m.editor, m.organisationId, { title: 'Projet à supprimer' });
    expect((await api(t, m.editor, 'DELETE', `/projects/${id}`)).statusCode).toBe(204);
    expect((await api(t, m.editor, 'GET', `/projects/${id}`)).statusCode).toBe(404);
    expect(
      (await api(t, m.editor, 'GET', '/projects/mine')).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(id);
    const trash = (await api(t, m.editor, 'GET', '/projects/trash')).json();
    expect(trash.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await api(t, m.viewer, 'GET', '/projects/trash')).json().items).toEqual([]);
    expect((await api(t, m.outsider, 'POST', `/projects/${id}/restore`)).statusCode).toBe(404);
    const restored = await api(t, m.editor, 'POST', `/projects/${id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();

    await api(t, m.editor, 'DELETE', `/projects/${id}`);
    // Deleted 31 days ago (moving the clock would expire the test sessions too).
    const longAgo = new Date(t.ctx.now().getTime() - 31 * 86_400_000).toISOString();
    await t.ctx.db.updateTable('projects').set({ deleted_at: longAgo }).where('id', '=', id).execute();
    expect((await api(t, m.editor, 'POST', `/projects/${id}/restore`)).statusCode).toBe(404);
    expect(
      (await api(t, m.editor, 'GET', '/projects/trash')).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(id);
    const actions = (
      await t.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', id)
        .orderBy('at')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['project.delete', 'project.restore']));
  });

  it('lists my organisations’ projects with a cursor', async () => {
    for (let i = 0; i < 3; i++) {
      t.setNow(new Date(Date.parse('2026-11-25T11:00:00.000Z') + i * 1000));
      await makeProject(t, m.owner, m.organisationId, { title: `Page ${i}` }, false);
    }
    t.setNow(new Date('2026-11-25T10:00:00.000Z'));
    const first = (await api(t, m.viewer, 'GET', '/projects/mine?limit=2')).json();
    expect(first.items.map((p: { title: string }) => p.title)).toEqual(['Page 2', 'Page 1']);
    const second = (
      await api(t, m.viewer, 'GET', `/projects/mine?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].title).toBe('Page 0');
    expect((await api(t, m.outsider, 'GET', '/projects/mine')).json().items).toEqual([]);
    expect((await api(t, m.viewer, 'GET', '/projects/mine?cursor=nope')).statusCode).toBe(400);
    expect((await api(t, null, 'GET', '/projects/mine')).statusCode).toBe(401);
  });

  it('writes a case study’s story as a whole, versioned, and returns it with the project', async () => {
    const id = await makeProject(t, m.editor, m.organisationId);
    const story = {
      introduction: 'Comment le modèle a **essaimé**.',
      phases: [
        {
          title: 'Expérimentation',
          startDate: '2010',
          endDate: '2015',
          description: 'Huit sites pilotes.',
          decisions: ['Une charte commune'],
          kept: ['La gouvernance citoyenne'],
          adapted: ['Le statut juridique'],
        },
        { title: 'Association nationale', startDate: '2018-03-17', decisions: [], kept: [], adapted: [] },
      ],
      lessons: ['Le parrainage entre sociétés locales accélère les nouveaux sites.'],
      failures: ['Des groupes s’essoufflent après la première installation.'],
      sources: [
        { label: 'AURA-EE', url: 'https://www.auvergnerhonealpes-ee.fr', date: '2019-06' },
        { label: 'Site des Centrales Villageoises', url: 'https://www.centralesvillageoises.fr' },
      ],
    };
    const res = await api(t, m.editor, 'PUT', `/projects/${id}/story`, story);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      isCaseStudy: true,
      story: {
        version: 1,
        lessons: story.lessons,
        sources: [
          { label: 'AURA-EE', url: 'https://www.auvergnerhonealpes-ee.fr', date: '2019-06' },
          {
            label: 'Site des Centrales Villageoises',
            url: 'https://www.centralesvillageoises.fr',
            date: null,
          },
        ],
        phases: [
          { title: 'Expérimentation', endDate: '2015' },
          { startDate: '2018-03-17', endDate: null },
        ],
      },
    });
    expect((await api(t, m.editor, 'PUT', `/projects/${id}/story`, story)).statusCode).toBe(409);
    const second = await api(t, m.editor, 'PUT', `/projects/${id}/story`, {
      ...story,
      version: 1,
      failures: [],
    });
    expect(second.json().story).toMatchObject({ version: 2, failures: [] });
    const text = (
      await t.ctx.db
        .selectFrom('projects')
        .select('search_text')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).search_text;
    expect(text).toContain('parrainag');
    const bad = await api(t, m.editor, 'PUT', `/projects/${id}/story`, {
      ...story,
      version: 2,
      phases: [{ title: 'x', startDate: 'mars 2018' }],
      introduction: '<iframe src=x>',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['introduction', 'phases.0.startDate']);
    const badSources = await api(t, m.editor, 'PUT', `/projects/${id}/story`, {
      ...story,
      version: 2,
      sources: [
        { label: '', url: 'https://www.example.fr' },
        { label: 'Rapport', url: 'javascript:alert(1)', date: 'juin 2019' },
      ],
    });
    expect(badSources.statusCode).toBe(400);
    expect(Object.keys(badSources.json().error.fields).sort()).toEqual([
      'sources.0.label',
      'sources.1.date',
      'sources.1.url',
    ]);
    expect(badSources.json().error.fields['sources.1.date']).toMatch(/AAAA-MM/);
    expect((await api(t, m.editor, 'GET', `/projects/${id}`)).json().story.version).toBe(2);
    expect(
      (await api(t, m.viewer, 'PUT', `/projects/${id}/story`, { ...story, version: 2 })).statusCode,
    ).toBe(403);
  });
});
