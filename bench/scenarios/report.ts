import type { LoadResult } from './load.ts';
import type { ScenarioKind } from './scenarios.ts';

export interface ScenarioFigures {
  name: string;
  label: string;
  kind: ScenarioKind;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  errors: number;
  errorDetail: Record<string, number>;
  /**
   * Server time per request: the CPU time the application processes used during the load over the requests served
   * (immune to the other work of a busy machine), or processes × 1000 / throughput where /proc is not readable.
   */
  msPerRequest: number;
  /** How many times the server time of a request to the bare Fastify hello-world. */
  ratioToFastify: number | null;
  bareSqlP50: number | null;
  /** Server time per request over the bare SQL's median time. */
  ratioToBareSql: number | null;
  pending?: string;
  runs: LoadResult[];
}

export interface BenchReport {
  meta: Record<string, string | number | null>;
  dataset: Record<string, number>;
  startupMs: number;
  startupRuns: number[];
  /** CPU time the server used from spawn to healthy (does not move with the machine's load); absent in older reports. */
  startupCpuMs?: number | null;
  startupCpuRuns?: (number | null)[];
  idleRssMb: number | null;
  idleRssRuns: (number | null)[];
  hello: ScenarioFigures;
  scenarios: ScenarioFigures[];
}

export function median(values: number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Medians over the runs of one scenario; errors are summed (a budget of zero errors holds for every run). */
export function figuresOf(
  name: string,
  label: string,
  kind: ScenarioKind,
  runs: LoadResult[],
  processes: number,
  hello: { msPerRequest: number } | null,
  bareSqlRuns: number[],
): ScenarioFigures {
  const throughput = median(runs.map((r) => r.throughput));
  // Runs that served no request have no CPU figure: the median is over the others (one empty run must not turn
  // the column into the throughput estimate, as it did once when a server was busy with its job queue).
  const cpu = runs.map((r) => r.cpuMsPerRequest).filter((v): v is number => v !== null);
  const msPerRequest = cpu.length > 0 ? median(cpu) : (processes * 1000) / throughput;
  const bareSqlP50 = bareSqlRuns.length ? median(bareSqlRuns) : null;
  const errorDetail: Record<string, number> = {};
  for (const r of runs)
    for (const [k, v] of Object.entries(r.errorDetail)) errorDetail[k] = (errorDetail[k] ?? 0) + v;
  return {
    name,
    label,
    kind,
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
    throughput,
    errors: runs.reduce((s, r) => s + r.errors, 0),
    errorDetail,
    msPerRequest,
    ratioToFastify: hello ? msPerRequest / hello.msPerRequest : null,
    bareSqlP50,
    ratioToBareSql: bareSqlP50 ? msPerRequest / bareSqlP50 : null,
    runs,
  };
}

const fmt = (v: number | null, digits = 1) => (v === null || !Number.isFinite(v) ? '—' : v.toFixed(digits));

export function formatTable(report: BenchReport): string {
  const header = [
    'scenario',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'errors',
    'CPU ms/req',
    '× Fastify',
    'SQL p50 ms',
    '× SQL',
  ];
  const rows = [report.hello, ...report.scenarios].map((s) =>
    s.pending
      ? [s.name, `pending: ${s.pending}`]
      : [
          s.name,
          fmt(s.p50),
          fmt(s.p95),
          fmt(s.p99),
          fmt(s.throughput, 0),
          String(s.errors),
          fmt(s.msPerRequest, 2),
          fmt(s.ratioToFastify),
          fmt(s.bareSqlP50, 2),
          fmt(s.ratioToBareSql),
        ],
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((r) => r.length > 2).map((r) => r[i]!.length)),
  );
  const line = (cells: string[]) =>
    cells.length === 2
      ? `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]}`
      : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const byWrk = report.scenarios.filter((s) => s.runs.some((r) => r.tool === 'wrk')).map((s) => s.name);
  const errors = [report.hello, ...report.scenarios]
    .filter((s) => s.errors > 0)
    .map((s) => `  ${s.name}: ${JSON.stringify(s.errorDetail)}`);
  return [
    line(header),
    ...rows.map(line),
    '',
    `start-up to healthy: ${fmt(report.startupMs, 0)} ms (median of ${report.startupRuns.map((v) => v.toFixed(0)).join(', ')}), CPU ${fmt(report.startupCpuMs ?? null, 0)} ms; idle RSS: ${fmt(report.idleRssMb, 0)} MB`,
    ...(byWrk.length
      ? [
          `load tool: wrk for ${byWrk.join(', ')} (large answers, see bench/scenarios/wrk.ts); autocannon for the others`,
        ]
      : []),
    ...(errors.length ? ['errors by status:', ...errors] : []),
  ].join('\n');
}
