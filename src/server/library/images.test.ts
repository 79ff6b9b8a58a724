import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleMatrix, createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { api, makeProject } from './library.test-helpers.ts';

function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    Buffer.alloc(40),
  ]);
}
const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x40, 0x03,
  0, 0, 0, 0, 0, 0, 0, 0,
]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x20, 0, 0, 0]),
  Buffer.from('WEBPVP8X'),
  Buffer.from([10, 0, 0, 0, 0, 0, 0, 0]),
  Buffer.from([0x3f, 0, 0]),
  Buffer.from([0x1f, 0, 0]),
  Buffer.alloc(8),
]);

describe('project images', () => {
  let t: TestContext;
  let m: Awaited<ReturnType<typeof createRoleMatrix>>;
  let projectId: string;
  beforeAll(async () => {
    t = await createTestContext();
    m = await createRoleMatrix(t);
    projectId = await makeProject(t, m.editor, m.organisationId, { visibility: 'private' });
  });
  afterAll(() => t.close());

  const upload = (
    body: Buffer,
    type: string,
    user: TestUser = m.editor,
    alt = 'Panneaux solaires sur une école',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/images?alt=${encodeURIComponent(alt)}`,
      headers: { cookie: user.cookie, 'content-type': type },
      payload: body,
    });
  const imageCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('project_images')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stores PNG, JPEG and WebP identified by their bytes, with their size', async () => {
    const a = await upload(png(800, 600), 'image/png');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      contentType: 'image/png',
      width: 800,
      height: 600,
      alt: 'Panneaux solaires sur une école',
    });
    // The declared type does not matter: the bytes say JPEG.
    const b = await upload(jpeg, 'application/octet-stream');
    expect(b.json()).toMatchObject({ contentType: 'image/jpeg', width: 64, height: 48 });
    const c = await upload(webp, 'image/webp');
    expect(c.json()).toMatchObject({ contentType: 'image/webp', width: 64, height: 32 });
    const project = (await api(t, m.viewer, 'GET', `/projects/${projectId}`)).json();
    expect(project.images.map((i: { contentType: string }) => i.contentType)).toEqual([
      'image/png',
      'image/jpeg',
      'image/webp',
    ]);
  });

  it('refuses other types, disguised files and files over 2 MB, with the field, writing nothing', async () => {
    const before = await imageCount();
    const cases: [Buffer, string][] = [
      [Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'image/png'],
      [Buffer.concat([png(10, 10), Buffer.alloc(2 * 1024 * 1024)]), 'image/png'],
      [Buffer.alloc(0), 'image/png'],
    ];
    for (const [body, type] of cases) {
      const res = await upload(body, type);
      expect(res.statusCode, type).toBe(400);
      expect(res.json().error.fields.file, type).toBeTruthy();
    }
    expect((await upload(Buffer.alloc(4 * 1024 * 1024), 'image/png')).statusCode).toBe(413);
    const noAlt = await upload(png(10, 10), 'image/png', m.editor, '   ');
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.json().error.fields.alt).toMatch(/Texte alternatif obligatoire/);
    expect((await upload(png(1, 1), 'image/png', m.editor, 'x'.repeat(301))).statusCode).toBe(400);
    expect(await imageCount()).toBe(before);
  });

  it('serves an image with its stored type, nosniff and a Content-Disposition, to readers only', async () => {
    const project = (await api(t, m.viewer, 'GET', `/projects/${projectId}`)).json();
    const url = project.images[0].url;
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: m.viewer.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="image-[0-9a-f-]+\.png"; filename\*=UTF-8''image-[0-9a-f-]+\.png$/,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.rawPayload.subarray(0, 8)).toEqual(png(1, 1).subarray(0, 8));
    expect(
      (await t.app.inject({ method: 'GET', url, headers: { cookie: m.outsider.cookie } })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('removes an image (kept aside, no longer served) only for editors', async () => {
    const project = (await api(t, m.viewer, 'GET', `/projects/${projectId}`)).json();
    const url: string = project.images[1].url;
    expect((await api(t, m.viewer, 'DELETE', url.replace('/api/v1', ''))).statusCode).toBe(403);
    expect((await api(t, m.editor, 'DELETE', url.replace('/api/v1', ''))).statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url, headers: { cookie: m.editor.cookie } })).statusCode,
    ).toBe(404);
    expect((await api(t, m.editor, 'GET', `/projects/${projectId}`)).json().images).toHaveLength(2);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', projectId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['project.image.add', 'project.image.delete']),
    );
  });
});
