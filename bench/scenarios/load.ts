import autocannon, { type Request } from 'autocannon';
import { cpuMs } from './processes.ts';

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
}

export interface LoadSpec {
  requests: Request[];
  /** A fixed number of requests instead of a duration (writes that consume a pool, such as registrations). */
  amount?: number;
}

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
  const runs = urls.map((url, index) => {
    const connections =
      Math.floor(options.connections / urls.length) + (index < options.connections % urls.length ? 1 : 0);
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
  const cpuAfter = cpu();
  return {
    requests,
    seconds,
    throughput: requests / seconds,
    errors,
    errorDetail,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || requests === 0 ? null : (cpuAfter - cpuBefore) / requests,
  };
}
