import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import type { Answers } from '../../core/diagnostics/answers.schemas.ts';
import type { Database } from '../../db/database.ts';
import { defaultContentDir } from '../method/method-content.loader.ts';
import type { TestContext, TestUser } from '../test/harness.ts';

/** Test helpers of the diagnostics capability (projects are inserted directly: the tests are about diagnostics). */

export async function createTestProject(
  t: TestContext,
  organisationId: string,
  options: {
    title?: string;
    visibility?: 'private' | 'shared' | 'public';
    status?: 'draft' | 'published';
  } = {},
): Promise<string> {
  const id = randomUUID();
  const now = t.ctx.now().toISOString();
  const row = {
    id,
    organisation_id: organisationId,
    title: options.title ?? 'Épicerie solidaire « Le Panier »',
    summary: 'Une épicerie solidaire.',
    description: '',
    themes: '[]',
    publics: '[]',
    phase: 'operation',
    phase_status: 'en-cours',
    scaling_situation: null,
    key_figures: '[]',
    evidence: '',
    contacts: '[]',
    links: '[]',
    visibility: options.visibility ?? 'private',
    status: options.status ?? 'published',
    is_case_study: 0,
    is_fictional: 1,
    source: null,
    imported_at: null,
    search_text: '',
    created_by: null,
    created_at: now,
    updated_at: now,
    published_at: now,
    deleted_at: null,
    version: 1,
  };
  // The library may add columns with defaults; this helper only fills those diagnostics need.
  await t.ctx.db
    .insertInto('projects')
    .values(row as unknown as Insertable<Database['projects']>)
    .execute();
  return id;
}

export interface InstrumentExample {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  title: { fr: string; en: string };
  answers: Answers;
}

export function readExample(name: string): InstrumentExample {
  return JSON.parse(
    readFileSync(join(defaultContentDir(), 'instruments', 'examples', `${name}.json`), 'utf8'),
  ) as InstrumentExample;
}

export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
}

/** Injects a call as `user` (anonymous when null). */
export function call(t: TestContext, user: TestUser | null, request: Call) {
  return t.app.inject({
    method: request.method,
    url: `/api/v1${request.url}`,
    ...(request.payload !== undefined ? { payload: request.payload as Record<string, unknown> } : {}),
    headers: user ? { cookie: user.cookie } : {},
  });
}
