import { modelContent, type ModelContent } from '../../core/models/model.schemas.ts';
import { findMissingRequiredBlocks } from '../../core/models/publish.ts';
import type { AppContext } from '../context.ts';
import { DEMO_PROJECT_IDS } from '../library/library.demo.ts';
import { centrales } from './models.demo.centrales.ts';
import { bricobus, terres } from './models.demo.others.ts';

/**
 * Demo transfer kits of the three reference cases, written from ../shared/research/domain.md. Facts the sources do
 * not settle are marked « incertain » (figures) or said to be so in the text. Each is published as version 1.
 */
export const DEMO_MODEL_IDS = {
  centralesVillageoises: 'de0d0000-0000-4000-8000-000000000001',
  terresDeSources: 'de0d0000-0000-4000-8000-000000000002',
  bricobus: 'de0d0000-0000-4000-8000-000000000003',
} as const;

export const DEMO_KITS: { modelId: string; projectId: string; content: ModelContent }[] = [
  {
    modelId: DEMO_MODEL_IDS.centralesVillageoises,
    projectId: DEMO_PROJECT_IDS.centralesVillageoises,
    content: centrales,
  },
  { modelId: DEMO_MODEL_IDS.terresDeSources, projectId: DEMO_PROJECT_IDS.terresDeSources, content: terres },
  { modelId: DEMO_MODEL_IDS.bricobus, projectId: DEMO_PROJECT_IDS.bricobus, content: bricobus },
];

export async function seedDemoModels(ctx: AppContext): Promise<void> {
  const now = ctx.now().toISOString();
  for (const kit of DEMO_KITS) {
    const content = modelContent.parse(kit.content);
    if (findMissingRequiredBlocks(content).length > 0)
      throw new Error(`demo kit ${kit.modelId} cannot be published`);
    const project = await ctx.db
      .selectFrom('projects')
      .select('organisation_id')
      .where('id', '=', kit.projectId)
      .executeTakeFirst();
    if (!project) continue;
    const exists = await ctx.db
      .selectFrom('models')
      .select('id')
      .where('id', '=', kit.modelId)
      .executeTakeFirst();
    if (exists) continue;
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('models')
        .values({
          id: kit.modelId,
          project_id: kit.projectId,
          organisation_id: project.organisation_id,
          title: content.identity.name,
          draft: JSON.stringify(content),
          latest_version: 1,
          published_at: now,
          created_by: null,
          created_at: now,
          updated_by: null,
          updated_at: now,
          deleted_at: null,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('model_versions')
        .values({
          model_id: kit.modelId,
          number: 1,
          change_note: 'Première version du kit, rédigée à partir de sources publiques (démonstration).',
          content: JSON.stringify(content),
          resources: '[]',
          published_by: null,
          published_at: now,
        })
        .execute();
      await trx.updateTable('projects').set({ has_kit: 1 }).where('id', '=', kit.projectId).execute();
    });
  }
}
