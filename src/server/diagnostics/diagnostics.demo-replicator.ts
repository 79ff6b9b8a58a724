import { randomUUID } from 'node:crypto';
import { validateAnswers } from '../../core/diagnostics/answers.schemas.ts';
import { ENGINE_VERSION, scoreDiagnostic } from '../../core/diagnostics/scoring.ts';
import type { AppContext } from '../context.ts';
import { DEMO_ORGANISATION_IDS } from '../library/library.demo.data.ts';
import { projectInput } from '../library/library.schemas.ts';
import { insertProject } from '../library/projects.service.ts';
import { join } from 'node:path';
import { ContentError, readJsonFile } from '../method/method-content.loader.ts';
import { getInstruments, instrumentOf } from './instruments.ts';

/**
 * The demo's replicator-fit diagnostic: the fictional « Communauté de communes du Plateau », whose communes report
 * poor housing, considers the Bricobus of Compagnons Bâtisseurs. Its project (fictional, private to the EPCI) holds
 * a completed territory-fit diagnostic answered like content/instruments/examples/replicator-bricobus-intercommunalite,
 * linked to the Bricobus reference project. Skipped when the library's demo organisations are absent.
 */
export const DEMO_REPLICATOR = {
  example: 'replicator-bricobus-intercommunalite',
  organisationId: DEMO_ORGANISATION_IDS.intercoFictive,
  projectTitle: 'Un Bricobus pour les communes du Plateau (projet fictif de démonstration)',
  modelProjectTitle: 'Bricobus',
};

export async function seedReplicatorDiagnostic(ctx: AppContext, contentDir: string): Promise<string | null> {
  const organisation = await ctx.db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', DEMO_REPLICATOR.organisationId)
    .executeTakeFirst();
  const owner = await ctx.db
    .selectFrom('memberships')
    .select('user_id')
    .where('organisation_id', '=', DEMO_REPLICATOR.organisationId)
    .where('role', '=', 'owner')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!organisation || !owner) return null;
  const model = await ctx.db
    .selectFrom('projects')
    .select('id')
    .where('title', 'like', `${DEMO_REPLICATOR.modelProjectTitle}%`)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
  const example = readJsonFile(
    join(contentDir, 'instruments', 'examples', `${DEMO_REPLICATOR.example}.json`),
  ) as {
    id: string;
    instrumentId: string;
    instrumentVersion: number;
    title: { fr: string };
    answers: unknown;
  };
  const instrument = instrumentOf(
    getInstruments(contentDir),
    example.instrumentId,
    example.instrumentVersion,
  );
  const checked = validateAnswers(instrument, example.instrumentVersion, example.answers, {
    requireComplete: true,
  });
  if (!checked.ok) {
    throw new ContentError(
      `Example ${example.id} does not fit ${instrument.id}: ${checked.errors.map((e) => e.field).join(', ')}`,
    );
  }
  const now = ctx.now().toISOString();
  const author = owner.user_id;
  return ctx.db.transaction().execute(async (trx) => {
    const projectId = await insertProject(
      trx,
      {
        ...projectInput.parse({
          organisationId: DEMO_REPLICATOR.organisationId,
          title: DEMO_REPLICATOR.projectTitle,
          summary:
            'Projet fictif de démonstration : les communes du Plateau envisagent de faire circuler un Bricobus, l’atelier mobile d’auto-réhabilitation des Compagnons Bâtisseurs, et vérifient d’abord que le modèle convient à leur territoire.',
          themes: ['housing'],
          phase: 'idee',
          isFictional: true,
        }),
        createdBy: author,
        now,
      },
      [],
    );
    const id = randomUUID();
    await trx
      .insertInto('diagnostics')
      .values({
        id,
        project_id: projectId,
        organisation_id: DEMO_REPLICATOR.organisationId,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        kind: instrument.kind,
        title: example.title.fr,
        status: 'completed',
        answers: JSON.stringify(checked.answers),
        answer_authors: JSON.stringify(
          Object.fromEntries(Object.keys(checked.answers).map((q) => [q, { userId: author, at: now }])),
        ),
        result: JSON.stringify(scoreDiagnostic(instrument, checked.answers)),
        engine_version: ENGINE_VERSION,
        completed_at: now,
        completed_by: author,
        model_ref: 'Bricobus des Compagnons Bâtisseurs',
        model_project_id: model?.id ?? null,
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
    return id;
  });
}
