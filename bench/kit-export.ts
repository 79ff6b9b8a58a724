/**
 * Figures of the transfer-kit exports: server time of the PDF, Word, Markdown and zip exports of a published version
 * of about 30 pages with 20 resource files (200 KB each), through app.inject on an in-memory SQLite database
 * (ESSAIM_TEST_DB=postgres for PostgreSQL). First call (cold Typst compiler) reported apart, then median of N runs.
 * Also the public kit page of that version (GET /kits/:id/versions/1, without an account): median of 200 reads after
 * a first one, the figure behind the published-version cache (models.versions.ts).
 * Then PDF, Word and zip as background jobs, from the start of the export to the file downloaded.
 * Run: npx tsx bench/kit-export.ts [runs]
 */
import { cpus, loadavg } from 'node:os';
import { completeModel } from '../src/core/models/model.fixture.ts';
import type { ModelContent } from '../src/core/models/model.schemas.ts';
import { jobHandlers } from '../src/server/jobs/job-handlers.ts';
import { runDueJobs } from '../src/server/jobs/jobs.ts';
import { MODEL_EXPORT_JOB } from '../src/server/models/models.export-jobs.ts';
import { api, FILES, makeModel, upload } from '../src/server/models/models.test-support.ts';
import { createRoleMatrix, createTestContext } from '../src/server/test/harness.ts';

const runs = Number(process.argv[2] ?? 5);
const para = (i: number) =>
  `Paragraphe ${i} : ce que l’équipe locale doit savoir avant de commencer, les personnes à rencontrer, les documents à préparer, les délais habituels et les points où les sites précédents ont buté. `.repeat(
    3,
  );

function bigKit(resourceIds: string[]): ModelContent {
  const c = completeModel();
  c.elements = Array.from(
    { length: 24 },
    (_, i) =>
      ({
        id: `e${i}`,
        title: `Élément ${i + 1}`,
        description: para(i),
        kind: i % 3 === 0 ? 'fixed' : 'adaptable',
        why: i % 3 === 0 ? para(i) : '',
        options: i % 3 ? ['option A', 'option B'] : [],
        limits: i % 3 ? para(i) : '',
        examples: i % 3 ? ['Exemple de site'] : [],
        evidenceLevel: 'observed',
      }) as ModelContent['elements'][number],
  );
  c.phases = Array.from({ length: 4 }, (_, p) => ({
    id: `p${p}`,
    title: `Phase ${p + 1}`,
    description: para(p),
    duration: '6 mois',
    tasks: Array.from({ length: 8 }, (_, t) => ({
      id: `p${p}t${t}`,
      title: `Tâche ${t + 1}`,
      description: para(t),
      duration: '2 semaines',
      roles: ['animateur'],
      deliverables: ['Compte rendu'],
      resourceRefs: [resourceIds[(p * 8 + t) % resourceIds.length]!],
    })),
  }));
  c.pitfalls = Array.from({ length: 10 }, (_, i) => ({
    id: `x${i}`,
    title: `Piège ${i + 1}`,
    description: para(i),
  }));
  c.faq = Array.from({ length: 12 }, (_, i) => ({
    id: `q${i}`,
    question: `Question ${i + 1}\u00a0?`,
    answer: para(i),
  }));
  c.figures = Array.from({ length: 12 }, (_, i) => ({
    id: `f${i}`,
    kind: 'budget',
    label: `Chiffre ${i + 1}`,
    value: `${(i + 1) * 1000} €`,
    note: 'estimation',
    uncertain: i % 4 === 0,
  }));
  return c;
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(
  `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const t = await createTestContext();
const m = await createRoleMatrix(t);
const { modelId } = await makeModel(t, m.editor, m.organisationId);
const ids: string[] = [];
for (let i = 0; i < 20; i++) {
  const data = Buffer.concat([FILES.pdf, Buffer.alloc(200 * 1024, i)]);
  const res = await upload(t, m.editor, modelId, data, `type=pdf&name=ressource-${i + 1}.pdf`);
  ids.push((res.json() as { id: string }).id);
}
const saved = await api(t, m.editor, 'PATCH', `/models/${modelId}`, { version: 1, content: bigKit(ids) });
if (saved.statusCode !== 200) throw new Error(saved.body);
const published = await api(t, m.editor, 'POST', `/models/${modelId}/versions`, { changeNote: 'bench' });
if (published.statusCode !== 201) throw new Error(published.body);

{
  const times: number[] = [];
  let size = 0;
  let cpu = process.cpuUsage();
  for (let i = 0; i <= 200; i++) {
    // CPU time of the process too: on a loaded machine the wall time mostly measures the wait for a core.
    if (i === 1) cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const res = await api(t, null, 'GET', `/kits/${modelId}/versions/1`);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (res.statusCode !== 200) throw new Error(`kit page: ${res.statusCode}`);
    size = res.rawPayload.length;
    if (i > 0) times.push(ms);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `kit page median of 200 ${median(times).toFixed(2)} ms, p90 ${[...times].sort((a, b) => a - b)[179]!.toFixed(2)} ms, CPU ${((used.user + used.system) / 1000 / 200).toFixed(2)} ms per read, ${(size / 1024).toFixed(0)} KB`,
  );
}

for (const format of ['pdf', 'docx', 'md', 'json', 'zip']) {
  const times: number[] = [];
  let size = 0;
  let pages = '';
  let first = 0;
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const res = await api(t, null, 'GET', `/models/${modelId}/versions/1/export?format=${format}`);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (res.statusCode !== 200) throw new Error(`${format}: ${res.statusCode}`);
    size = res.rawPayload.length;
    if (format === 'pdf')
      pages = `, ${(res.rawPayload.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages`;
    if (i === 0) first = ms;
    else times.push(ms);
  }
  console.log(
    `${format.padEnd(5)} first ${first.toFixed(0)} ms, median of ${runs} ${median(times).toFixed(0)} ms, ${(size / 1024).toFixed(0)} KB${pages}`,
  );
}
// The same exports as background jobs, as the kit page asks for them: start, run the job, download the file.
for (const format of ['pdf', 'docx', 'zip']) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A kept export would be reused: each run starts from none.
    await t.ctx.db.deleteFrom('model_exports').execute();
    const start = process.hrtime.bigint();
    const res = await api(t, null, 'POST', `/models/${modelId}/versions/1/exports`, {
      format,
      background: true,
    });
    if (res.statusCode !== 202) throw new Error(`${format} job: ${res.statusCode} ${res.body}`);
    await runDueJobs(t.ctx, jobHandlers, { kinds: [MODEL_EXPORT_JOB] });
    const done = (await api(t, null, 'GET', `/models/${modelId}/versions/1/exports/${res.json().id}`)).json();
    const file = await t.app.inject({ method: 'GET', url: done.downloadUrl });
    if (file.statusCode !== 200) throw new Error(`${format} job download: ${file.statusCode}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(
    `${format.padEnd(5)} as a job (start, run, download): median of ${runs} ${median(times).toFixed(0)} ms`,
  );
}
await t.close();
