import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAnswers } from '../../core/diagnostics/answers.schemas.ts';
import type { LocalizedText } from '../../core/diagnostics/instrument-vocabulary.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import { DEMO_ADMIN_EMAIL } from '../accounts/accounts.demo.ts';
import type { AppContext } from '../context.ts';
import { ContentError, defaultContentDir } from '../method/method-content.loader.ts';
import { getInstruments, instrumentOf } from './instruments.ts';
import { seedReplicatorDiagnostic } from './diagnostics.demo-replicator.ts';

/**
 * Demo diagnostics: each reference project of the library's demo (Centrales Villageoises, Terres de Sources,
 * Bricobus) gets a completed carrier-readiness diagnostic whose answers are the reference examples of
 * content/instruments/examples/, reconstructed from public sources. Runs after the library's seeder; projects are
 * found by title, and a reference project missing from the library is skipped.
 */
export const DEMO_DIAGNOSTICS: { example: string; projectTitle: string }[] = [
  { example: 'centrales-villageoises', projectTitle: 'Centrales Villageoises' },
  { example: 'terres-de-sources', projectTitle: 'Terres de Sources' },
  { example: 'bricobus', projectTitle: 'Bricobus' },
];

interface Example {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  title: LocalizedText;
  answers: unknown;
}

function readExample(contentDir: string, name: string): Example {
  const file = join(contentDir, 'instruments', 'examples', `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Example;
}

export async function seedDemoDiagnostics(
  ctx: AppContext,
  contentDir = defaultContentDir(),
): Promise<string[]> {
  const created = await seedCarrierDiagnostics(ctx, contentDir);
  const replicator = await seedReplicatorDiagnostic(ctx, contentDir);
  return replicator ? [...created, replicator] : created;
}

async function seedCarrierDiagnostics(ctx: AppContext, contentDir: string): Promise<string[]> {
  const catalog = getInstruments(contentDir);
  const admin = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_ADMIN_EMAIL)
    .executeTakeFirst();
  const created: string[] = [];
  for (const { example: name, projectTitle } of DEMO_DIAGNOSTICS) {
    const project = await ctx.db
      .selectFrom('projects')
      .select(['id', 'organisation_id', 'created_by'])
      .where('title', 'like', `${projectTitle}%`)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .executeTakeFirst();
    if (!project) continue;
    const example = readExample(contentDir, name);
    const instrument = instrumentOf(catalog, example.instrumentId, example.instrumentVersion);
    const checked = validateAnswers(instrument, example.instrumentVersion, example.answers, {
      requireComplete: true,
    });
    if (!checked.ok) {
      throw new ContentError(
        `Example ${name} does not fit ${instrument.id} v${instrument.version}: ${checked.errors.map((e) => e.field).join(', ')}`,
      );
    }
    const owner = await ctx.db
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', project.organisation_id)
      .where('role', '=', 'owner')
      .orderBy('created_at')
      .executeTakeFirst();
    const author = owner?.user_id ?? project.created_by ?? admin?.id;
    if (!author) continue;
    const now = ctx.now().toISOString();
    const authors = Object.fromEntries(
      Object.keys(checked.answers).map((questionId) => [questionId, { userId: author, at: now }]),
    );
    const id = randomUUID();
    await ctx.db
      .insertInto('diagnostics')
      .values({
        id,
        project_id: project.id,
        organisation_id: project.organisation_id,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        kind: instrument.kind,
        title: example.title.fr,
        status: 'completed',
        answers: JSON.stringify(checked.answers),
        answer_authors: JSON.stringify(authors),
        result: JSON.stringify(scoreDiagnostic(instrument, checked.answers)),
        engine_version: ENGINE_VERSION,
        completed_at: now,
        completed_by: author,
        model_ref: null,
        model_project_id: null,
        territory_type: null,
        territory_code: null,
        territory_facts: null,
        created_by: author,
        created_at: now,
        updated_at: now,
        deleted_at: null,
        deleted_by: null,
        version: 1,
      })
      .execute();
    created.push(id);
  }
  return created;
}
