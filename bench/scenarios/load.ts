import autocannon, { type Request } from 'autocannon';
import { cpuMs } from './processes.ts';
import { runWrk, wrkAvailable, type WrkSpec } from './wrk.ts';

export interface LoadResult {
  requests: number;
  seconds: number;
  throughput: number;
  errors: number;
  /** Status codes that were not 2xx, and connection errors and timeouts, with counts. */
  errorDetail: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  /** CPU time the application processes spent per request (null when /proc is not readable). */
  cpuMsPerRequest: number | null;
  /** The load tool that measured it (absent in older reports: autocannon). */
  tool?: 'autocannon' | 'wrk';
}

export interface LoadSpec {
  requests: Request[];
  /** A fixed number of requests instead of a duration (writes that consume a pool, such as registrations). */
  amount?: number;
  /** The same requests for wrk, used instead of autocannon when it is installed (large answers: see wrk.ts). */
  wrk?: WrkSpec;
}

let warned = false;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Runs autocannon against one or several base URLs (one per application process), the connections shared between
 * them, and merges the latencies of every response to give p50, p95 and p99 (autocannon's own summary has no p95).
 */
export async function runLoad(
  urls: string[],
  spec: LoadSpec,
  options: { connections: number; seconds: number; pids?: (number | undefined)[] },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpu = () =>
    (options.pids ?? []).reduce<number | null>(
      (sum, pid) => {
        const v = cpuMs(pid);
        return sum === null || v === null ? null : sum + v;
      },
      options.pids?.length ? 0 : null,
    );
  const cpuBefore = cpu();
  const started = performance.now();
  const share = (index: number) =>
    Math.floor(options.connections / urls.length) + (index < options.connections % urls.length ? 1 : 0);
  if (spec.wrk && spec.amount === undefined && wrkAvailable()) {
    const wrkSpec = spec.wrk;
    const runs = await Promise.all(
      urls.map((url, index) => runWrk(url, wrkSpec, share(index), options.seconds)),
    );
    for (const r of runs)
      for (const [value, count] of r.histogram) for (let i = 0; i < count; i++) latencies.push(value);
    latencies.sort((a, b) => a - b);
    const errorDetail: Record<string, number> = {};
    for (const r of runs)
      for (const [k, v] of Object.entries(r.errorDetail)) errorDetail[k] = (errorDetail[k] ?? 0) + v;
    const requests = runs.reduce((sum, r) => sum + r.requests, 0);
    const errors = Object.values(errorDetail).reduce((a, b) => a + b, 0);
    const seconds = Math.max(...runs.map((r) => r.seconds));
    return summarise('wrk', latencies, { requests, seconds, errors, errorDetail }, cpuBefore, cpu());
  }
  if (spec.wrk && !wrkAvailable() && !warned) {
    warned = true;
    console.error(
      'wrk introuvable : les fichiers de la SPA sont mesurés avec autocannon, qui se mesure lui-même (apt-get install wrk). ' +
        '(wrk not found: the SPA assets are measured with autocannon, which measures itself.)',
    );
  }
  const runs = urls.map((url, index) => {
    const connections = share(index);
    const instance = autocannon({
      url,
      connections,
      timeout: 30,
      requests: spec.requests,
      ...(spec.amount === undefined
        ? { duration: options.seconds }
        : { amount: Math.ceil(spec.amount / urls.length) }),
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    return instance;
  });
  const results = await Promise.all(runs);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const errorDetail: Record<string, number> = {};
  let errors = 0;
  for (const r of results) {
    for (const [code, stat] of Object.entries(r.statusCodeStats)) {
      if (code.startsWith('2')) continue;
      errorDetail[code] = (errorDetail[code] ?? 0) + stat.count;
    }
    if (r.errors) errorDetail.connection = (errorDetail.connection ?? 0) + r.errors;
    if (r.timeouts) errorDetail.timeout = (errorDetail.timeout ?? 0) + r.timeouts;
    errors += r.non2xx + r.errors + r.timeouts;
  }
  const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
  return summarise('autocannon', latencies, { requests, seconds, errors, errorDetail }, cpuBefore, cpu());
}

/** The figures of one load from every answer's latency (sorted), the counts, and the servers' CPU before and after. */
function summarise(
  tool: LoadResult['tool'],
  latencies: number[],
  counts: Pick<LoadResult, 'requests' | 'seconds' | 'errors' | 'errorDetail'>,
  cpuBefore: number | null,
  cpuAfter: number | null,
): LoadResult {
  const { requests, seconds } = counts;
  return {
    ...counts,
    throughput: requests / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || requests === 0 ? null : (cpuAfter - cpuBefore) / requests,
    tool,
  };
}
