/**
 * Figures of the library import: N generated project rows as a French spreadsheet sends them (UTF-8 with BOM, `;`
 * separator, French labels), through the import service (streamed CSV parsing, the API's checks, batched inserts in
 * one transaction per 1,000 rows): time and peak memory of the dry run and of the import, on the engine chosen by
 * ESSAIM_TEST_DB (SQLite in memory by default, PostgreSQL with ESSAIM_TEST_DB=postgres).
 * Run: npx tsx bench/library-import.ts [rows=20000]
 * Profile: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/library-import.ts 20000
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadActor } from '../src/server/auth/sessions.ts';
import { importProjects } from '../src/server/library/import.service.ts';
import { THEMES, THEME_LABELS } from '../src/server/library/library.schemas.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';
import { territoryData } from '../src/server/territories/territories.data.ts';

const WORDS: Record<string, string[]> = {
  energy: [
    'énergie',
    'solaire',
    'photovoltaïque',
    'chaufferie',
    'bois',
    'rénovation',
    'précarité énergétique',
  ],
  water: ['eau potable', 'captages', 'rivière', 'assainissement', 'pluie', 'sécheresse', 'zones humides'],
  'food-agriculture': ['cantine', 'bio', 'circuits courts', 'agriculteurs', 'maraîchage', 'jardins partagés'],
  housing: ['logement', 'habitat participatif', 'rénovation', 'auto-réhabilitation', 'bailleurs'],
  mobility: ['mobilité', 'covoiturage', 'vélo', 'transport à la demande', 'garage solidaire', 'rurale'],
  'employment-integration': ['insertion', 'emploi', 'chômeurs', 'chantier', 'formation', 'jeunes'],
  health: ['santé', 'hôpital', 'prévention', 'maison de santé', 'médecins', 'dépistage', 'aidants'],
  culture: ['culture', 'musée', 'artistes', 'bibliothèque', 'théâtre', 'village', 'patrimoine'],
  digital: ['numérique', 'médiation', 'ordinateurs', 'tiers-lieu', 'démarches en ligne'],
  'social-ties': ['lien social', 'isolement', 'bénévoles', 'aidants', 'quartier', 'intergénérationnel'],
  environment: ['environnement', 'déchets', 'réemploi', 'haies', 'biodiversité', 'climat', 'réparation'],
  other: ['mutualisation', 'achats', 'coopération'],
};
const COMMON = [
  'projet',
  'habitants',
  'commune',
  'territoire',
  'association',
  'collectivité',
  'accompagnement',
  'réseau',
  'expérimentation',
  'partenaires',
  'financement',
  'essaimage',
  'bénéficiaires',
  'services',
  'local',
];

/** A deterministic CSV of `n` projects (same seed, same file), in the shape of a French spreadsheet export. */
export function generateLibraryCsv(n: number): Buffer {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (theme: string, length: number) => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(rand() < 0.4 ? pick(WORDS[theme]!) : pick(COMMON));
    return out.join(' ');
  };
  const communes = territoryData().all.filter((x) => x.type === 'commune');
  // Built as bytes, 1,000 lines at a time: the bench's own copy of the file stays one Buffer.
  const parts: Buffer[] = [
    Buffer.from('\ufefftitre;résumé;description;thèmes;territoires;phase;statut;publication;visibilité'),
  ];
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const theme = pick(THEMES);
    const second = rand() < 0.4 ? pick(THEMES) : theme;
    const themes = [...new Set([theme, second])].map((x) => THEME_LABELS[x].fr).join('|');
    const territory = rand() < 0.9 ? pick(communes).code : pick(communes).departement!;
    lines.push(
      [
        `${sentence(theme, 4)} n°${i}`,
        sentence(theme, 30),
        sentence(theme, 80),
        themes,
        territory,
        pick(['Idée', 'Étude', 'Opération']),
        pick(['En cours', 'En retard', 'Terminé']),
        'publié',
        rand() < 0.9 ? 'public' : 'private',
      ].join(';'),
    );
    if (lines.length === 1000 || i === n - 1) {
      parts.push(Buffer.from(`\r\n${lines.join('\r\n')}`, 'utf8'));
      lines = [];
    }
  }
  return Buffer.concat(parts);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main() {
  const n = Number(process.argv[2] ?? 20_000);
  console.log(
    `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, load average ${load()}`,
  );
  const t = await createTestContext();
  const user = await createTestUser(t);
  const organisationId = await createTestOrganisation(t, user, [], 'Réseau de banc d’essai');
  const actor = (await loadActor(t.ctx.db, decodeURIComponent(user.cookie.split('=')[1]!), t.ctx.now()))!;
  const csv = generateLibraryCsv(n);
  console.log(`engine: ${t.ctx.dialect}, rows: ${n}, CSV: ${(csv.length / 1e6).toFixed(1)} MB`);

  for (const dryRun of [true, false]) {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let heapPeak = 0;
    let rssPeak = 0;
    const sample = () => {
      const m = process.memoryUsage();
      heapPeak = Math.max(heapPeak, m.heapUsed);
      rssPeak = Math.max(rssPeak, m.rss);
    };
    // Batches yield to the event loop (setImmediate), so the sampler runs during the import.
    const sampler = setInterval(sample, 10);
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const report = await importProjects(t.ctx, actor, csv, 'csv', {
      organisationId,
      dryRun,
      acceptValidRows: true,
      lang: 'fr',
    });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    sample();
    console.log(
      `${dryRun ? 'dry run' : 'import'}: ${report.valid} valid, ${report.imported} imported, ${report.rejected.length} rejected, ` +
        `${report.duplicates.length} duplicates in ${(ms / 1000).toFixed(2)} s (${((ms * 1000) / n).toFixed(0)} µs a row); ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; load average ${load()}; ` +
        `RSS before ${(rssBefore / 1e6).toFixed(0)} MB, peak ${(rssPeak / 1e6).toFixed(0)} MB sampled; ` +
        `heap before ${(heapBefore / 1e6).toFixed(0)} MB, peak ${(heapPeak / 1e6).toFixed(0)} MB`,
    );
  }
  console.log(
    `process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average at the end ${load()}`,
  );
  await t.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
