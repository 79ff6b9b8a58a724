import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FILES } from '../models/models.test-support.ts';
import { createTestContext, type TestContext, type TestUser } from '../test/harness.ts';
import { MAX_SITE_DOCUMENT_BYTES } from './site-documents.service.ts';
import { api, createAcceptedSite, createSitesCast, everyone, type SitesCast } from './sites.test-support.ts';

// Two shared cores: HTTP round trips with many writes can take longer than the default under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let t: TestContext;
let cast: SitesCast;
let siteId: string;
beforeAll(async () => {
  t = await createTestContext();
  cast = await createSitesCast(t);
  ({ siteId } = await createAcceptedSite(t, cast));
});
afterAll(() => t.close());

const upload = (user: TestUser | null, data: Buffer, query: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/sites/${siteId}/documents?${query}`,
    headers: { 'content-type': 'application/octet-stream', ...(user ? { cookie: user.cookie } : {}) },
    payload: data,
  });

describe('site documents', () => {
  it('stores a file whose bytes match its declared type, lists it on the site and serves it privately', async () => {
    const res = await upload(
      cast.site.editor,
      FILES.pdf,
      'name=Statuts%20de%20la%20SAS&type=pdf&description=Version%20sign%C3%A9e',
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Statuts de la SAS.pdf',
      type: 'application/pdf',
      size: FILES.pdf.length,
      description: 'Version signée',
    });
    const s = (await api(t, cast.carrier.viewer, 'GET', `/sites/${siteId}`)).json();
    expect(s.documents.map((d: { id: string }) => d.id)).toEqual([res.json().id]);
    const file = await api(t, cast.carrier.viewer, 'GET', `/sites/${siteId}/documents/${res.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.headers['content-disposition']).toContain('Statuts de la SAS.pdf');
    expect(file.rawPayload.equals(FILES.pdf)).toBe(true);
    expect(
      (await api(t, cast.outsider, 'GET', `/sites/${siteId}/documents/${res.json().id}`)).statusCode,
    ).toBe(404);
    expect((await api(t, null, 'GET', `/sites/${siteId}/documents/${res.json().id}`)).statusCode).toBe(401);
  });

  it.each([
    ['an executable declared as a PDF', FILES.exe, 'name=a&type=pdf', 'file', 'exécutables'],
    ['a script declared as text', FILES.script, 'name=a&type=txt', 'file', 'exécutables'],
    ['a PNG declared as a PDF', FILES.png, 'name=a&type=pdf', 'file', 'ne correspond pas'],
    ['an empty file', Buffer.alloc(0), 'name=a&type=txt', 'file', 'vide'],
    [
      'a file over 10 MB',
      Buffer.alloc(MAX_SITE_DOCUMENT_BYTES + 1, 0x61),
      'name=a&type=txt',
      'file',
      '10 Mo au plus',
    ],
    ['an unknown type', FILES.pdf, 'name=a&type=exe', 'type', 'Type déclaré'],
    ['no name', FILES.pdf, 'type=pdf', 'name', 'Donnez un nom'],
  ])('refuses %s', async (_l, data, query, field, reason) => {
    const res = await upload(cast.site.editor, data, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toContain(reason);
  });

  it.each([
    ['anonymous', 401, 401],
    ['site viewer', 403, 403],
    ['site editor', 201, 204],
    ['site owner', 201, 204],
    ['carrier viewer', 403, 403],
    ['carrier editor', 201, 204],
    ['carrier owner', 201, 204],
    ['other organisation', 404, 404],
    ['administrator', 201, 204],
  ])('%s: add %i, remove %i', async (who, add, remove) => {
    const user = everyone(cast).find(([name]) => name === who)![1];
    expect((await upload(user, FILES.csv, 'name=compte-rendu&type=csv')).statusCode).toBe(add);
    const doc = await upload(cast.admin, FILES.odt, 'name=note&type=odt');
    expect((await api(t, user, 'DELETE', `/sites/${siteId}/documents/${doc.json().id}`)).statusCode).toBe(
      remove,
    );
  });

  it('covers the document routes of the route table', async () => {
    const paths = Object.keys((t.app.swagger() as { paths: Record<string, unknown> }).paths).filter(
      (p) => p.includes('/sites/') && p.includes('/documents'),
    );
    expect(paths.map((p) => p.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1')).sort()).toEqual([
      '/sites/:id/documents',
      '/sites/:id/documents/:documentId',
    ]);
  });

  it('answers 404 for a document already removed', async () => {
    const doc = await upload(cast.admin, FILES.docx, 'name=etude&type=docx');
    expect(
      (await api(t, cast.admin, 'DELETE', `/sites/${siteId}/documents/${doc.json().id}`)).statusCode,
    ).toBe(204);
    expect(
      (await api(t, cast.admin, 'DELETE', `/sites/${siteId}/documents/${doc.json().id}`)).statusCode,
    ).toBe(404);
    expect((await api(t, cast.admin, 'GET', `/sites/${siteId}/documents/${doc.json().id}`)).statusCode).toBe(
      404,
    );
  });
});
