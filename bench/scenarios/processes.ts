import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface Started {
  child: ChildProcess;
  url: string;
  /** From spawn to the first healthy answer. */
  startMs: number;
  /** CPU time the process used until then (user + system, every thread), null when /proc cannot tell. */
  startCpuMs: number | null;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no healthy answer from ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
}

/**
 * Starts `essaim serve` as a child process on 127.0.0.1 (production mode, no demo content, warnings only): from the
 * sources through tsx, or the build (dist/cli/main.js) with `built`.
 */
export async function startEssaim(options: {
  env: Record<string, string>;
  built: boolean;
  /** Writes a V8 CPU profile of the server into this folder when it stops (`node --cpu-prof`). */
  cpuProfDir?: string;
}): Promise<Started> {
  const port = await freePort();
  const entry = [
    ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
    ...(options.built ? ['dist/cli/main.js', 'serve'] : ['--import', 'tsx', 'src/cli/main.ts', 'serve']),
  ];
  if (options.built && !existsSync('dist/cli/main.js'))
    throw new Error('dist/cli/main.js is missing: run `npm run build` or drop --built.');
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, entry, {
    env: {
      ...process.env,
      ...options.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  await waitHealthy(`${url}/api/v1/health`, child, () => output);
  const startMs = performance.now() - started;
  return { child, url, startMs, startCpuMs: cpuMs(child.pid), stop: stopper(child) };
}

export async function startHello(): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'scenarios', 'hello.ts'), String(port)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, () => output);
  const startMs = performance.now() - started;
  return { child, url, startMs, startCpuMs: cpuMs(child.pid), stop: stopper(child) };
}

/** Resident memory of a process (Linux), in MB. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 ticks per second). */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
