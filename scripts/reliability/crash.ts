/**
 * Crash safety: writes projects through the API with several clients at once, kills the server with SIGKILL at a
 * random moment, restarts it, and checks that every acknowledged write is there, whole (its territories written in
 * the same transaction), and that the database passes its integrity check. Repeats KILLS times (20 by default).
 * Run: npx tsx scripts/reliability/crash.ts [sqlite|postgres] [kills]   (postgres: DATABASE_URL or 127.0.0.1:5432/test)
 * Prints one JSON line of figures; exits 1 if anything acknowledged was lost or the database is damaged.
 */
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { sqlitePath } from '../../src/db/connect.ts';
import {
  jsonHeaders,
  killHard,
  prepareInstance,
  projectBody,
  startServer,
  type Instance,
} from './server-process.ts';

const dialect = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgres';
const kills = Number(process.argv[3] ?? 20);
const clients = 6;
let seed = 1126;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

interface Acked {
  id: string;
  title: string;
  version: number;
}

async function writeUntilKilled(
  instance: Instance,
  acked: Map<string, Acked>,
  stop: { now: boolean },
  round: number,
) {
  let attempted = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_v, client) => {
      let n = 0;
      while (!stop.now) {
        attempted++;
        try {
          const mine = [...acked.values()];
          if (mine.length && random() < 0.3) {
            const target = mine[Math.floor(random() * mine.length)]!;
            const title = `${target.title.split(' ·')[0]} · révisé ${round}-${client}-${n}`;
            const r = await fetch(`${instance.base}/projects/${target.id}`, {
              method: 'PATCH',
              headers: jsonHeaders(instance),
              body: JSON.stringify({ title, version: target.version }),
            });
            if (r.status === 200) {
              const body = (await r.json()) as { version: number };
              acked.set(target.id, { id: target.id, title, version: body.version });
            } else await r.arrayBuffer();
          } else {
            const title = `Projet ${round}-${client}-${n}`;
            const r = await fetch(`${instance.base}/projects`, {
              method: 'POST',
              headers: jsonHeaders(instance),
              body: JSON.stringify(projectBody(instance.organisationId, title)),
            });
            if (r.status === 201) {
              const body = (await r.json()) as { id: string; version: number };
              acked.set(body.id, { id: body.id, title, version: body.version });
            } else await r.arrayBuffer();
          }
        } catch {
          failed++; // the connection died with the server: not acknowledged, may or may not be stored
        }
        n++;
      }
    }),
  );
  return { attempted, failed };
}

async function integrity(instance: Instance): Promise<string> {
  if (instance.dialect === 'sqlite') {
    // A connection of its own, opened after the kill: nothing cached from before.
    const check = new SQLite(sqlitePath(instance.dataDir), { fileMustExist: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      const fk = check.pragma('foreign_key_check') as unknown[];
      return result === 'ok' && fk.length === 0
        ? 'ok'
        : `integrity ${String(result)}, ${fk.length} foreign-key faults`;
    } finally {
      check.close();
    }
  }
  // PostgreSQL recovers its own WAL; what the application must guarantee is that no write is half-done.
  const dupes = await sql<{
    n: string;
  }>`select count(*) as n from (select id from projects group by id having count(*) > 1) d`.execute(
    instance.handle.db,
  );
  return Number(dupes.rows[0]?.n ?? 0) === 0 ? 'ok' : 'duplicate ids';
}

async function verify(instance: Instance, acked: Map<string, Acked>) {
  const rows = await instance.handle.db.selectFrom('projects').select(['id', 'title', 'version']).execute();
  const stored = new Map(rows.map((r) => [r.id, r]));
  const lost: string[] = [];
  for (const write of acked.values()) {
    const row = stored.get(write.id);
    if (!row) lost.push(`${write.id} missing`);
    else if (row.version < write.version)
      lost.push(`${write.id} at version ${row.version}, acknowledged ${write.version}`);
  }
  const territories = await instance.handle.db
    .selectFrom('project_territories')
    .select('project_id')
    .execute();
  const withTerritory = new Set(territories.map((t) => t.project_id));
  const halfWritten = rows.filter((r) => r.title.startsWith('Projet ') && !withTerritory.has(r.id)).length;
  return { lost, halfWritten, stored: rows.length };
}

const instance = await prepareInstance(dialect, 3900 + Math.floor(Math.random() * 90));
const acked = new Map<string, Acked>();
const report = {
  dialect,
  kills: 0,
  acknowledged: 0,
  attempted: 0,
  connectionErrors: 0,
  lost: 0,
  halfWritten: 0,
  integrityFailures: 0,
  restartMsMedian: 0,
};
const restarts: number[] = [];
for (let round = 0; round < kills; round++) {
  const t0 = performance.now();
  const server = await startServer(instance);
  restarts.push(performance.now() - t0);
  const stop = { now: false };
  const before = acked.size;
  const writing = writeUntilKilled(instance, acked, stop, round);
  // Kill while writes are flowing: after this round's first acknowledgements, at a random moment.
  const waitUntil = Date.now() + 30_000;
  while (acked.size < before + 3 && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, random() * 1500));
  await killHard(server);
  stop.now = true;
  const { attempted, failed } = await writing;
  report.kills++;
  report.attempted += attempted;
  report.connectionErrors += failed;
  const state = await integrity(instance);
  if (state !== 'ok') {
    report.integrityFailures++;
    console.error(`round ${round}: ${state}`);
  }
  const { lost, halfWritten } = await verify(instance, acked);
  if (lost.length || halfWritten)
    console.error(
      `round ${round}: lost ${lost.length} (${lost.slice(0, 3).join('; ')}), half-written ${halfWritten}`,
    );
  report.lost = lost.length;
  report.halfWritten = halfWritten;
  console.error(
    `round ${round}: killed, ${acked.size} acknowledged so far, lost ${lost.length}, integrity ${state}`,
  );
}
// A last restart: the server must come up on what the kills left.
const last = await startServer(instance);
const health = await fetch(`${instance.base}/health`);
await killHard(last);
restarts.sort((a, b) => a - b);
report.acknowledged = acked.size;
report.restartMsMedian = Math.round(restarts[Math.floor(restarts.length / 2)]!);
await instance.handle.close();
console.log(JSON.stringify({ ...report, finalHealth: health.status }));
process.exit(report.lost || report.halfWritten || report.integrityFailures || health.status !== 200 ? 1 : 0);
