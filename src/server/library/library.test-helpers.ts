import type { TestContext, TestUser } from '../test/harness.ts';

/** Shared by the library's test files: a complete project body and a few HTTP shortcuts. */
export function projectBody(organisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organisationId,
    title: 'Centrale solaire citoyenne du Val',
    summary:
      'Des habitants financent des panneaux sur les toits des écoles. Ce qui coince : les délais de raccordement.',
    description: 'La **coopérative** loue les toits.\n\n- 12 installations\n- [Site](https://example.org)',
    themes: ['energy'],
    publics: ['habitants'],
    territories: ['35238'],
    phase: 'operation',
    phaseStatus: 'en-cours',
    scalingSituation: 'widen-territory',
    keyFigures: [{ label: 'Puissance installée', value: 250, unit: 'kWc', year: 2025 }],
    links: [{ label: 'Site', url: 'https://example.org' }],
    ...overrides,
  };
}

export async function api(
  t: TestContext,
  user: TestUser | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user ? { cookie: user.cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** Creates and (by default) publishes a project; returns its id. */
export async function makeProject(
  t: TestContext,
  user: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
  publish = true,
): Promise<string> {
  const created = await api(t, user, 'POST', '/projects', projectBody(organisationId, overrides));
  if (created.statusCode !== 201) throw new Error(`project creation failed in test: ${created.body}`);
  const id = (created.json() as { id: string }).id;
  if (publish) {
    const published = await api(t, user, 'POST', `/projects/${id}/publish`);
    if (published.statusCode !== 200) throw new Error(`publish failed in test: ${published.body}`);
  }
  return id;
}
