/**
 * Figures of the diagnostics: core scoring time for one diagnostic (median of many runs, per reference example),
 * and server time of GET /api/v1/diagnostics/:id (completed, and draft with its live preview) and of the PDF,
 * through app.inject on an in-memory SQLite database (ESSAIM_TEST_DB=postgres for PostgreSQL).
 * Run: npx tsx bench/diagnostic-scoring.ts [scoringRuns] [requests]
 */
import { cpus, loadavg } from 'node:os';
import { listQuestions } from '../src/core/diagnostics/instrument.schemas.ts';
import { scoreDiagnostic } from '../src/core/diagnostics/scoring.ts';
import { getInstruments } from '../src/server/diagnostics/instruments.ts';
import { call, createTestProject, readExample } from '../src/server/diagnostics/diagnostics.test-support.ts';
import { createTestContext, createTestOrganisation, createTestUser } from '../src/server/test/harness.ts';

const scoringRuns = Number(process.argv[2] ?? 2000);
const requests = Number(process.argv[3] ?? 200);

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5).toFixed(3), p95: at(0.95).toFixed(3), max: s[s.length - 1]!.toFixed(3) };
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

console.log(
  `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const catalog = getInstruments();
for (const name of [
  'centrales-villageoises',
  'terres-de-sources',
  'bricobus',
  'replicator-bricobus-intercommunalite',
]) {
  const example = readExample(name);
  const instrument = catalog.find(example.instrumentId, example.instrumentVersion)!;
  for (let i = 0; i < 200; i++) scoreDiagnostic(instrument, example.answers); // warm-up
  const times = Array.from({ length: scoringRuns }, () =>
    time(() => scoreDiagnostic(instrument, example.answers)),
  );
  console.log(
    `scoring ${name} (${listQuestions(instrument).length} questions, ${scoringRuns} runs, ms):`,
    stats(times),
  );
}

const t = await createTestContext();
const owner = await createTestUser(t);
const organisationId = await createTestOrganisation(t, owner);
const projectId = await createTestProject(t, organisationId, { title: 'Centrales Villageoises' });
const carrier = catalog.findLatest('carrier-readiness')!;
const answers = readExample('centrales-villageoises').answers;
async function diagnostic(completed: boolean): Promise<string> {
  const d = (
    await call(t, owner, {
      method: 'POST',
      url: `/projects/${projectId}/diagnostics`,
      payload: { instrumentId: carrier.id },
    })
  ).json();
  await call(t, owner, {
    method: 'PATCH',
    url: `/diagnostics/${d.id}/answers`,
    payload: { version: 1, answers },
  });
  if (completed)
    await call(t, owner, { method: 'POST', url: `/diagnostics/${d.id}/complete`, payload: { version: 2 } });
  return d.id as string;
}
/** Wall time of each request, plus the process CPU time per request (less sensitive to other load on the machine). */
async function serverTimes(url: string, n: number) {
  for (let i = 0; i < 20; i++) await call(t, owner, { method: 'GET', url }); // warm-up
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    const res = await call(t, owner, { method: 'GET', url });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { ...stats(times), cpuPerRequest: ((cpu.user + cpu.system) / 1000 / n).toFixed(3) };
}
const completed = await diagnostic(true);
const draft = await diagnostic(false);
console.log(
  `GET /diagnostics/:id completed (${t.ctx.dialect}, ${requests} requests, ms):`,
  await serverTimes(`/diagnostics/${completed}`, requests),
);
console.log(
  `GET /diagnostics/:id draft with preview (${t.ctx.dialect}, ${requests} requests, ms):`,
  await serverTimes(`/diagnostics/${draft}`, requests),
);
console.log(
  `GET /diagnostics/:id/result.pdf (${t.ctx.dialect}, 30 requests, ms):`,
  await serverTimes(`/diagnostics/${completed}/result.pdf`, 30),
);
const pdf = await call(t, owner, { method: 'GET', url: `/diagnostics/${completed}/result.pdf` });
console.log(`PDF size: ${pdf.rawPayload.length} bytes`);
console.log(`GET /method (50 requests, ms):`, await serverTimes('/method', 50));
await t.close();
