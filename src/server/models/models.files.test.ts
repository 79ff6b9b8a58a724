import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext } from '../test/harness.ts';
import { api, FILES, makeModel, upload } from './models.test-support.ts';
import { MAX_RESOURCE_BYTES } from './resource-files.ts';

let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
beforeAll(async () => {
  t = await createTestContext();
  m = await createRoleMatrix(t);
});
afterAll(() => t.close());

const count = async (modelId: string) =>
  (await t.ctx.db.selectFrom('model_resources').select('id').where('model_id', '=', modelId).execute())
    .length;

describe('model resources', () => {
  it('accepts each declared type whose content matches, and serves it with its stored type as an attachment', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    for (const [type, data] of [
      ['pdf', FILES.pdf],
      ['png', FILES.png],
      ['csv', FILES.csv],
      ['docx', FILES.docx],
      ['odt', FILES.odt],
      ['txt', FILES.csv],
    ] as const) {
      const res = await upload(
        t,
        m.editor,
        modelId,
        data,
        `type=${type}&name=${encodeURIComponent(`Charte « ${type} »`)}`,
      );
      expect(res.statusCode, `${type}: ${res.body}`).toBe(201);
    }
    const list = (await api(t, m.viewer, 'GET', `/models/${modelId}/resources`)).json();
    expect(list.map((r: { name: string }) => r.name).sort()).toEqual([
      'Charte « csv ».csv',
      'Charte « docx ».docx',
      'Charte « odt ».odt',
      'Charte « pdf ».pdf',
      'Charte « png ».png',
      'Charte « txt ».txt',
    ]);
    const pdfUrl = list.find((r: { name: string; url: string }) => r.name.endsWith('.pdf')).url as string;
    const file = await api(t, m.viewer, 'GET', pdfUrl.replace('/api/v1', ''));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Charte _ pdf _.pdf"; filename*=UTF-8''${encodeURIComponent('Charte « pdf ».pdf')}`,
    );
    expect(file.rawPayload.equals(FILES.pdf)).toBe(true);
    // A draft's files are private.
    expect((await api(t, null, 'GET', pdfUrl.replace('/api/v1', ''))).statusCode).toBe(404);
    expect((await api(t, m.outsider, 'GET', pdfUrl.replace('/api/v1', ''))).statusCode).toBe(404);
  });

  it.each([
    ['a PNG declared as PDF', FILES.png, 'pdf', 'Le contenu du fichier ne correspond pas au type déclaré.'],
    [
      'a plain zip declared as DOCX',
      FILES.odt,
      'docx',
      'Le contenu du fichier ne correspond pas au type déclaré.',
    ],
    ['binary declared as CSV', FILES.png, 'csv', 'Le contenu du fichier ne correspond pas au type déclaré.'],
    [
      'a Windows program declared as PDF',
      FILES.exe,
      'pdf',
      'Les fichiers exécutables (programmes, scripts) sont refusés.',
    ],
    [
      'an ELF program declared as TXT',
      FILES.elf,
      'txt',
      'Les fichiers exécutables (programmes, scripts) sont refusés.',
    ],
    [
      'a shell script declared as TXT',
      FILES.script,
      'txt',
      'Les fichiers exécutables (programmes, scripts) sont refusés.',
    ],
    ['an empty file', Buffer.alloc(0), 'pdf', 'Le fichier est vide.'],
  ])('refuses %s with the reason and writes nothing', async (_name, data, type, reason) => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const res = await upload(t, m.editor, modelId, data, `type=${type}&name=x`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.file).toBe(reason);
    expect(await count(modelId)).toBe(0);
  });

  it('refuses a file over 25 MB and an unknown declared type', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(MAX_RESOURCE_BYTES)]);
    const res = await upload(t, m.editor, modelId, big, 'type=pdf&name=gros');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.file).toBe('Fichier trop lourd : 25 Mo au plus.');
    const exe = await upload(t, m.editor, modelId, FILES.exe, 'type=exe&name=x');
    expect(exe.statusCode).toBe(400);
    expect(Object.keys(exe.json().error.fields)).toEqual(['type']);
    expect(await count(modelId)).toBe(0);
  });

  it('keeps a removed file for the published versions that list it, public once published', async () => {
    const { modelId } = await makeModel(t, m.editor, m.organisationId);
    const added = (await upload(t, m.editor, modelId, FILES.pdf, 'type=pdf&name=statuts')).json();
    const { completeModel } = await import('./models.test-support.ts');
    const content = completeModel();
    content.phases[0].tasks[0].resourceRefs = [added.id];
    expect((await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 1, content })).statusCode).toBe(
      200,
    );
    expect(
      (await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: 'v1' })).statusCode,
    ).toBe(201);
    expect((await api(t, m.viewer, 'DELETE', `/models/${modelId}/resources/${added.id}`)).statusCode).toBe(
      403,
    );
    expect((await api(t, m.editor, 'DELETE', `/models/${modelId}/resources/${added.id}`)).statusCode).toBe(
      204,
    );
    expect((await api(t, m.editor, 'GET', `/models/${modelId}/resources`)).json()).toEqual([]);
    const anon = await api(t, null, 'GET', `/models/${modelId}/resources/${added.id}`);
    expect(anon.statusCode).toBe(200);
    expect(anon.headers['cache-control']).toBe('public, max-age=3600');
  });
});

describe('exports and import', () => {
  it('exports PDF, Word, Markdown, JSON and zip; the JSON round-trips through import', async () => {
    const { modelId, projectId } = await makeModel(t, m.editor, m.organisationId);
    const file = (await upload(t, m.editor, modelId, FILES.csv, 'type=csv&name=budget')).json();
    const { completeModel } = await import('./models.test-support.ts');
    const content = completeModel();
    content.links = [{ id: 'site', title: 'Site du réseau', url: 'https://example.org', description: '' }];
    content.phases[0].tasks[0].resourceRefs = [file.id, 'site'];
    content.figures = [
      {
        id: 'budget',
        kind: 'budget',
        label: 'Budget de lancement',
        value: '45 000 €',
        note: '',
        uncertain: true,
      },
    ];
    await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 1, content });
    await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: 'Première « version »' });
    const get = (format: string) =>
      api(t, null, 'GET', `/models/${modelId}/versions/1/export?format=${format}`);
    const pdf = await get('pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('atelier-mobile-v1.pdf');
    const docx = await get('docx');
    expect(Object.keys(unzipSync(docx.rawPayload))).toContain('word/document.xml');
    const md = (await get('md')).body;
    expect(md).toContain('# Atelier mobile');
    expect(md).toContain('## Éléments fixes et adaptables');
    expect(md).toContain('### Accompagnement (Fixe)');
    expect(md).toContain('| Budget de lancement | 45 000 € (incertain) |  |');
    expect(md).toContain('Site du réseau');
    expect(md).toContain(
      '**Licence**\u00a0: [Creative Commons Attribution – Partage dans les mêmes conditions 4.0 (CC BY-SA)]',
    );
    const zip = unzipSync((await get('zip')).rawPayload);
    expect(Object.keys(zip).sort()).toEqual([
      'atelier-mobile-v1.json',
      'atelier-mobile-v1.md',
      'atelier-mobile-v1.pdf',
      'resources/budget.csv',
    ]);
    expect(Buffer.from(zip['resources/budget.csv']).equals(FILES.csv)).toBe(true);
    const json = (await get('json')).json();
    expect(json.schema).toBe('essaim.kit/v1');
    const imported = await api(t, m.editor, 'POST', `/projects/${projectId}/models/import`, json);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().droppedResourceRefs).toEqual([file.id]);
    expect(imported.json().content.phases[0].tasks[0].resourceRefs).toEqual(['site']);
    expect({ ...imported.json().content, phases: null }).toEqual({ ...content, phases: null });
    expect((await get('exe')).statusCode).toBe(400);
  });

  it('refuses an invalid kit JSON with reasons and writes nothing', async () => {
    const { projectId } = await makeModel(t, m.editor, m.organisationId);
    const before = (await t.ctx.db.selectFrom('models').select('id').execute()).length;
    const bad = await api(t, m.editor, 'POST', `/projects/${projectId}/models/import`, {
      schema: 'essaim.kit/v2',
      kit: { title: '' },
      content: { licence: 'WTFPL' },
      resources: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['schema', 'kit.title', 'content.identity', 'content.licence']),
    );
    const notJson = await t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/models/import`,
      headers: { cookie: m.editor.cookie, 'content-type': 'application/json' },
      payload: '{"schema":',
    });
    expect(notJson.statusCode).toBe(400);
    expect((await t.ctx.db.selectFrom('models').select('id').execute()).length).toBe(before);
  });
});
