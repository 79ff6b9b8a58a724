import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDiagnostic } from '../../src/server/diagnostics/diagnostics.editing.ts';
import { completeDiagnostic, saveAnswers } from '../../src/server/diagnostics/diagnostics.answers.ts';
import { defaultContentDir } from '../../src/server/method/method-content.loader.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Carrier } from './accounts.ts';
import type { Random } from './random.ts';

/** The documented carrier-readiness answer sets shipped with the instruments (Bricobus, Centrales, Terres de Sources). */
export function carrierReadinessExamples(): Record<string, unknown>[] {
  const dir = path.join(defaultContentDir(), 'instruments', 'examples');
  return ['bricobus', 'centrales-villageoises', 'terres-de-sources'].map((name) => {
    const example = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as { instrumentId: string; answers: Record<string, unknown> };
    if (example.instrumentId !== 'carrier-readiness') throw new Error(`${name}: not a carrier-readiness example`);
    return example.answers;
  });
}

/**
 * Diagnostics through the diagnostics service: created on a project of the carrier, answered with one of the
 * documented answer sets, and completed (scored by the core engine) for three in four of them.
 */
export async function generateDiagnostics(
  ctx: AppContext,
  random: Random,
  carriers: Carrier[],
  total: number,
  log: (line: string) => void,
): Promise<{ diagnostics: number; completed: number }> {
  const answerSets = carrierReadinessExamples();
  const projects = await ctx.db.selectFrom('projects').select(['id', 'organisation_id', 'title']).where('deleted_at', 'is', null).orderBy('title').orderBy('organisation_id').execute();
  const byOrganisation = new Map<string, string[]>();
  for (const p of projects) {
    const list = byOrganisation.get(p.organisation_id) ?? [];
    list.push(p.id);
    byOrganisation.set(p.organisation_id, list);
  }
  let diagnostics = 0;
  let completed = 0;
  for (let i = 0; i < total; i++) {
    const carrier = carriers[i % carriers.length]!;
    const candidates = byOrganisation.get(carrier.organisationId);
    if (!candidates?.length) continue;
    const projectId = random.pick(candidates);
    const created = await createDiagnostic(ctx, carrier.actor, projectId, { instrumentId: 'carrier-readiness' });
    const answered = await saveAnswers(ctx, carrier.actor, created.id, { version: created.version, answers: random.pick(answerSets) });
    diagnostics++;
    if (random.chance(0.75)) {
      await completeDiagnostic(ctx, carrier.actor, created.id, answered.version);
      completed++;
    }
    if ((i + 1) % 500 === 0) log(`  diagnostics: ${diagnostics} / ${total}`);
  }
  return { diagnostics, completed };
}
