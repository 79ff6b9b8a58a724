import { createModel, publishVersion, updateModel } from '../../src/server/models/models.service.ts';
import { DEMO_KITS } from '../../src/server/models/models.demo.ts';
import { LICENCES, type ModelContent } from '../../src/core/models/model.schemas.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Carrier } from './accounts.ts';
import type { Random } from './random.ts';

/**
 * Models and their transfer kits through the models service: a draft is created on a published project, filled
 * with the blocks of one of the three documented demo kits (Centrales Villageoises, Terres de Sources, Bricobus)
 * renamed after the project, and 70 % of them are published as version 1 (a second version for one in ten).
 */
export async function generateModels(
  ctx: AppContext,
  random: Random,
  carriers: Carrier[],
  total: number,
  log: (line: string) => void,
): Promise<{ models: number; published: number }> {
  const byOrganisation = new Map<string, { id: string; title: string }[]>();
  const rows = await ctx.db
    .selectFrom('projects')
    .select(['id', 'title', 'organisation_id'])
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = byOrganisation.get(r.organisation_id) ?? [];
    list.push({ id: r.id, title: r.title });
    byOrganisation.set(r.organisation_id, list);
  }
  // Sort by title so that the choice does not depend on the random ids given by the services.
  for (const list of byOrganisation.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  let models = 0;
  let published = 0;
  const used = new Set<string>();
  for (let i = 0; i < total; i++) {
    const carrier = carriers[i % carriers.length]!;
    const candidates = byOrganisation.get(carrier.organisationId) ?? [];
    const start = random.int(Math.max(1, candidates.length));
    const project = [...candidates.slice(start), ...candidates.slice(0, start)].find((p) => !used.has(p.id));
    if (!project) continue;
    used.add(project.id);
    const template = random.pick(DEMO_KITS).content;
    const draft = await createModel(ctx, carrier.actor, project.id, { name: project.title.slice(0, 200) });
    const content: ModelContent = {
      ...template,
      identity: { ...template.identity, name: project.title.slice(0, 200) },
      licence: random.pick(LICENCES),
    };
    const saved = await updateModel(ctx, carrier.actor, draft.id, { version: draft.version, content });
    models++;
    if (random.chance(0.7)) {
      await publishVersion(ctx, carrier.actor, draft.id, { changeNote: 'Première version publiée', version: saved.version });
      published++;
      if (random.chance(0.1)) await publishVersion(ctx, carrier.actor, draft.id, { changeNote: 'Mise à jour des chiffres clés' });
    }
    if ((i + 1) % 500 === 0) log(`  models: ${models} / ${total}`);
  }
  return { models, published };
}
