import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRoleMatrix,
  createTestContext,
  createTestUser,
  type TestContext,
  type TestUser,
} from '../test/harness.ts';
import { createPublished, registerAs } from './training.test-support.ts';

/** Resources shared with the cohort: only the session's facilitators add and remove; only they and confirmed participants read. */
let t: TestContext;
let m: Awaited<ReturnType<typeof createRoleMatrix>>;
let otherFacilitator: TestUser;
let waiting: TestUser;
let session: Awaited<ReturnType<typeof createPublished>>;
beforeAll(async () => {
  t = await createTestContext({ now: new Date('2026-11-25T10:00:00.000Z') });
  m = await createRoleMatrix(t);
  otherFacilitator = await createTestUser(t, { platformRole: 'facilitator' });
  waiting = await createTestUser(t);
  session = await createPublished(t, m.facilitator, m.organisationId, { capacity: 1 });
  expect((await registerAs(t, m.viewer, session.id)).json()).toMatchObject({ status: 'confirmed' });
  expect((await registerAs(t, waiting, session.id)).json()).toMatchObject({ status: 'waitlisted' });
});
afterAll(() => t.close());

const base = () => `/api/v1/training-sessions/${session.id}/resources`;
const as = (user: TestUser | null) => (user ? { cookie: user.cookie } : {});
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('session resources', () => {
  it('adds a link and a replay, refuses bad input with the field, and refuses people who do not run the session', async () => {
    const link = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: as(m.facilitator),
      payload: {
        kind: 'link',
        title: 'Support de la première rencontre',
        url: 'https://example.org/support',
      },
    });
    expect(link.statusCode).toBe(201);
    expect(link.json()).toMatchObject({
      kind: 'link',
      title: 'Support de la première rencontre',
      url: 'https://example.org/support',
    });
    const replay = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: as(m.facilitator),
      payload: { kind: 'replay', title: 'Rediffusion', url: 'https://video.example.org/1' },
    });
    expect(replay.statusCode).toBe(201);

    const http = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: as(m.facilitator),
      payload: { kind: 'link', title: 'X', url: 'http://example.org' },
    });
    expect(http.statusCode).toBe(400);
    expect(http.json().error.fields).toHaveProperty('url');
    const untitled = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: { ...as(m.facilitator), 'accept-language': 'fr' },
      payload: { kind: 'link', title: '  ', url: 'https://example.org' },
    });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.json().error.fields.title).toBe('Donnez un titre.');
    const kind = await t.app.inject({
      method: 'POST',
      url: base(),
      headers: as(m.facilitator),
      payload: { kind: 'video', title: 'X', url: 'https://example.org' },
    });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.fields).toHaveProperty('kind');

    for (const [user, code] of [
      [null, 401],
      [m.viewer, 403],
      [m.owner, 403],
      [otherFacilitator, 403],
    ] as const) {
      const r = await t.app.inject({
        method: 'POST',
        url: base(),
        headers: as(user),
        payload: { kind: 'link', title: 'X', url: 'https://example.org' },
      });
      expect(r.statusCode).toBe(code);
    }
  });

  it('uploads a PDF file, refuses other types, and serves it only to the cohort', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: `${base()}/file?title=${encodeURIComponent('Grille d’analyse')}`,
      headers: { ...as(m.facilitator), 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(upload.statusCode).toBe(201);
    const file = upload.json() as { id: string; url: string; fileName: string; kind: string };
    expect(file).toMatchObject({ kind: 'file', fileName: 'grille-d-analyse.pdf' });

    const text = await t.app.inject({
      method: 'POST',
      url: `${base()}/file?title=Notes`,
      headers: { ...as(m.facilitator), 'content-type': 'application/octet-stream' },
      payload: Buffer.from('plain text, not a document'),
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.fields).toHaveProperty('file');
    const noTitle = await t.app.inject({
      method: 'POST',
      url: `${base()}/file`,
      headers: { ...as(m.facilitator), 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().error.fields).toHaveProperty('title');
    const stranger = await t.app.inject({
      method: 'POST',
      url: `${base()}/file?title=X`,
      headers: { ...as(otherFacilitator), 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(stranger.statusCode).toBe(403);

    const download = await t.app.inject({ method: 'GET', url: file.url, headers: as(m.viewer) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    for (const [user, code] of [
      [null, 401],
      [waiting, 403],
      [m.owner, 403],
      [otherFacilitator, 403],
    ] as const) {
      expect((await t.app.inject({ method: 'GET', url: file.url, headers: as(user) })).statusCode).toBe(code);
      expect((await t.app.inject({ method: 'GET', url: base(), headers: as(user) })).statusCode).toBe(code);
    }
  });

  it('lists resources for participants and facilitators, and lets only the facilitators remove one', async () => {
    const list = await t.app.inject({ method: 'GET', url: base(), headers: as(m.viewer) });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { id: string; kind: string }[] }).items;
    // The test clock is frozen: the three share one timestamp, so their order is not asserted here.
    expect(items.map((i) => i.kind).sort()).toEqual(['file', 'link', 'replay']);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${base()}/${items[0]!.id}`, headers: as(m.viewer) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `${base()}/${items[0]!.id}`,
          headers: as(otherFacilitator),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${base()}/${items[0]!.id}`, headers: as(m.facilitator) }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `${base()}/${items[0]!.id}`, headers: as(m.facilitator) }))
        .statusCode,
    ).toBe(404);
    const after = (await t.app.inject({ method: 'GET', url: base(), headers: as(m.facilitator) })).json() as {
      items: unknown[];
    };
    expect(after.items).toHaveLength(2);
    const other = await createPublished(t, m.facilitator, m.organisationId);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/training-sessions/${other.id}/resources/${items[1]!.id}`,
          headers: as(m.facilitator),
        })
      ).statusCode,
    ).toBe(404);
  });
});
