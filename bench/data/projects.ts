import { importProjects } from '../../src/server/library/import.service.ts';
import { PHASES, PHASE_STATUSES, SITUATIONS, THEMES, type Theme } from '../../src/server/library/library.schemas.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Carrier } from './accounts.ts';
import type { Places } from './context.ts';
import { personName, projectDescription, projectPublics, projectSummary, projectTitle, THEME_WORDS } from './french-text.ts';
import { cumulativeWeights, type Random } from './random.ts';

/** Rows per call of the import service: one transaction, batched inserts, every rule of the API on every row. */
const CHUNK = 5_000;

/** How many projects each organisation carries: a few large networks, a long tail of small ones (Zipf-like). */
export function projectsPerOrganisation(total: number, organisations: number): number[] {
  const weights = Array.from({ length: organisations }, (_, i) => 1 / (i + 1) ** 0.8);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  counts[0]! += total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

function projectRow(random: Random, where: Places, theme: Theme, themeOf: () => Theme, titles: Set<string>) {
  const place = where.pick(random);
  let title = projectTitle(random, theme, place.name);
  for (let n = 2; titles.has(title); n++) title = `${projectTitle(random, theme, place.name)} – antenne ${n}`;
  titles.add(title);
  const themes = [...new Set([theme, ...(random.chance(0.4) ? [themeOf()] : [])])];
  const territories = random.chance(0.85) ? [place.code] : [place.code, where.pick(random).code];
  const published = random.chance(0.8);
  const visibility = published ? (random.chance(0.92) ? 'public' : 'private') : 'private';
  const since = 2012 + random.int(13);
  return {
    title,
    summary: projectSummary(random, theme),
    description: projectDescription(random, theme),
    themes,
    publics: projectPublics(random, theme),
    territories,
    phase: random.pick(PHASES),
    phaseStatus: random.pick(PHASE_STATUSES),
    scalingSituation: random.chance(0.6) ? random.pick(SITUATIONS) : null,
    keyFigures: [
      { label: 'Personnes accompagnées par an', value: 20 + random.int(2000), year: since + random.int(2026 - since) },
      ...(random.chance(0.5) ? [{ label: 'Emplois créés', value: 1 + random.int(40), unit: 'ETP', uncertain: random.chance(0.3) }] : []),
    ],
    evidence: random.chance(0.3) ? [{ kind: 'evaluation', title: `Évaluation ${since + 2}`, year: Math.min(2026, since + 2) }] : [],
    contacts: [{ name: personName(random), role: random.pick(['Coordinatrice', 'Chargé de mission', 'Président', 'Directrice']) }],
    links: [],
    visibility,
    status: published ? 'publié' : 'brouillon',
    isCaseStudy: random.chance(0.02),
    isFictional: true,
  };
}

/** Projects through the import service, organisation by organisation, in chunks. Returns the count imported. */
export async function generateProjects(
  ctx: AppContext,
  random: Random,
  where: Places,
  carriers: Carrier[],
  total: number,
  log: (line: string) => void,
): Promise<number> {
  const themeWeights = cumulativeWeights(THEMES.map((t) => THEME_WORDS[t].weight));
  const themeOf = () => random.weighted(THEMES, themeWeights);
  const counts = projectsPerOrganisation(total, carriers.length);
  let imported = 0;
  for (const [index, carrier] of carriers.entries()) {
    const titles = new Set<string>();
    for (let start = 0; start < counts[index]!; start += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, counts[index]! - start) }, () => projectRow(random, where, themeOf(), themeOf, titles));
      const report = await importProjects(ctx, carrier.actor, JSON.stringify(rows), 'json', {
        organisationId: carrier.organisationId,
        dryRun: false,
        acceptValidRows: false,
        source: 'bench:data',
        lang: 'fr',
      });
      imported += report.imported;
      if (report.imported !== rows.length) log(`  ${carrier.name}: ${rows.length - report.imported} rows not imported (${report.duplicates.length} duplicates)`);
    }
    if (index % 50 === 0 || index === carriers.length - 1) log(`  projects: ${imported} / ${total}`);
  }
  return imported;
}
