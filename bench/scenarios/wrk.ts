import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * wrk (Debian's package `wrk`) for the scenarios whose answers are large files. autocannon, written in JavaScript,
 * appends every chunk of every body to a string (lib/pipelinedRequestsQueue.js, `req.body += data`) and parses with
 * http-parser-js: with the 153 KB Brotli script of the SPA it tops out near 900 answers a second on one core, so its
 * p95 measured the load tool (50 connections ÷ 900 per second ≈ 55 ms) while the server used 0.09 ms of CPU per
 * answer. wrk reads the same answers in C and discards the bodies. Same connections, same duration, same paths in
 * rotation; its latencies are merged with the same percentile rule as autocannon's.
 */

export interface WrkSpec {
  paths: string[];
  headers?: Record<string, string>;
}

export interface WrkRun {
  requests: number;
  seconds: number;
  /** Non-2xx answers, and connection, read, write errors and timeouts, as wrk counts them. */
  errorDetail: Record<string, number>;
  /** Every answer's latency in ms, as [value, count] pairs. */
  histogram: [number, number][];
}

let available: boolean | undefined;
/** Whether wrk is installed (`apt-get install wrk`); the bench falls back to autocannon and says so when it is not. */
export function wrkAvailable(): boolean {
  if (available === undefined) {
    try {
      execFileSync('wrk', ['--version'], { stdio: 'ignore' });
      available = true;
    } catch (error) {
      // wrk prints its usage and exits 1 for --version: installed all the same.
      available = (error as { status?: number }).status === 1;
    }
  }
  return available;
}

const lua = (spec: WrkSpec) => `
local paths = { ${spec.paths.map((p) => JSON.stringify(p)).join(', ')} }
local n = 0
${Object.entries(spec.headers ?? {})
  .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
  .join('\n')}
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    e.status, e.connect, e.read, e.write, e.timeout, #latency))
  for i = 1, #latency do
    local value, count = latency(i)
    io.write(string.format("L %d %d\\n", value, count))
  end
end
`;

/** One wrk process against one base URL for `seconds`, with `connections` connections on one thread. */
export function runWrk(url: string, spec: WrkSpec, connections: number, seconds: number): Promise<WrkRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'essaim-wrk-'));
  const script = path.join(dir, 'rotate.lua');
  writeFileSync(script, lua(spec));
  return new Promise<WrkRun>((resolve, reject) => {
    execFile(
      'wrk',
      ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '-s', script, url],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        rmSync(dir, { recursive: true, force: true });
        if (error) return reject(error);
        const summary = /^WRK (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) \d+$/m.exec(stdout);
        if (!summary) return reject(new Error(`wrk: unexpected output\n${stdout}`));
        const [requests, micros, status, connect, read, write, timeout] = summary.slice(1).map(Number);
        const histogram = [...stdout.matchAll(/^L (\d+) (\d+)$/gm)].map(
          (m) => [Number(m[1]) / 1000, Number(m[2])] as [number, number],
        );
        const errorDetail: Record<string, number> = {};
        for (const [k, v] of Object.entries({ status, connect, read, write, timeout }))
          if (v) errorDetail[k === 'status' ? 'non-2xx' : k] = v;
        resolve({ requests: requests!, seconds: micros! / 1e6, errorDetail, histogram });
      },
    );
  });
}
