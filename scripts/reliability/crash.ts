/**
 * Crash safety: several clients write through the API at once (projects, diagnostic answers, plans and plan items,
 * created and edited with their versions), the built server is killed with SIGKILL at a random moment, restarted,
 * and checked: every acknowledged write is there at its acknowledged version (or a later one) with its content, no
 * project is half-written (its territories go in the same transaction), and the database passes its integrity
 * check. Repeats KILLS times (20 by default) on a fresh database, then removes it.
 * Run: npm run build, then npx tsx scripts/reliability/crash.ts [sqlite|postgres] [kills]   (`npm run test:crash`:
 * both engines, as CI does). PostgreSQL: TEST_DATABASE_URL, DATABASE_URL or 127.0.0.1:5432/test, in a schema of its
 * own. Gives up (exit 1) after CRASH_TIME_LIMIT_SECONDS (900 by default).
 * Prints one JSON line of figures; exits 1 if anything acknowledged was lost, the database is damaged, or the
 * server answered anything but a success or a version conflict.
 */
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { sqlitePath } from '../../src/db/connect.ts';
import { killHard, prepareInstance, serverEntry, startServer, type Instance } from './server-process.ts';
import { acknowledge, acknowledgements, writeOnce, type Acked, type Kind } from './crash-writes.ts';

const dialect = process.argv[2] ?? 'sqlite';
if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`unknown engine « ${dialect} »`);
const kills = Number(process.argv[3] ?? 20);
const clients = 6;
let seed = 1126;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

async function writeUntilKilled(
  instance: Instance,
  acked: Map<string, Acked>,
  unexpected: string[],
  stop: { now: boolean },
  round: number,
) {
  let attempted = 0;
  let failed = 0;
  let conflicts = 0;
  let busy = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_v, client) => {
      let n = 0;
      while (!stop.now) {
        attempted++;
        try {
          const outcome = await writeOnce(instance, acked, random, `${round}-${client}-${n}`);
          if (outcome.status === 409) conflicts++;
          // Busy database (pool wait or SQLite lock past its timeout): refused before writing, the client retries.
          else if (outcome.status === 503) busy++;
          else if (outcome.ack) acknowledge(acked, outcome.ack);
          else unexpected.push(`${outcome.what}: ${outcome.status} ${outcome.body.slice(0, 200)}`);
        } catch {
          failed++; // the connection died with the server: not acknowledged, may or may not be stored
        }
        n++;
      }
    }),
  );
  return { attempted, failed, conflicts, busy };
}

async function integrity(instance: Instance): Promise<string> {
  const faults: string[] = [];
  if (instance.dialect === 'sqlite') {
    // A connection of its own, opened after the kill: nothing cached from before.
    const check = new SQLite(sqlitePath(instance.dataDir), { fileMustExist: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      const fk = check.pragma('foreign_key_check') as unknown[];
      if (result !== 'ok') faults.push(`integrity_check: ${String(result)}`);
      if (fk.length) faults.push(`${fk.length} foreign-key faults`);
    } finally {
      check.close();
    }
  }
  // On both engines: no record written twice, no item or diagnostic without its parent. (PostgreSQL replays its
  // own WAL; what the application must guarantee is that no write is half-done.)
  const { rows } = await sql<{ what: string; n: number | string }>`
    select 'duplicate projects' as what, count(*) as n from (select id from projects group by id having count(*) > 1) d
    union all select 'diagnostics without project', count(*) from diagnostics g
      where not exists (select 1 from projects p where p.id = g.project_id)
    union all select 'plans without project', count(*) from plans l
      where not exists (select 1 from projects p where p.id = l.project_id)
    union all select 'items without plan', count(*) from plan_items i
      where not exists (select 1 from plans l where l.id = i.plan_id)`.execute(instance.handle.db);
  for (const row of rows) if (Number(row.n) > 0) faults.push(`${row.n} ${row.what}`);
  return faults.length ? faults.join(', ') : 'ok';
}

/** What is stored for each kind: its version and the mark the script wrote (title or free-text answer). */
async function stored(instance: Instance): Promise<Map<string, { version: number; mark: string }>> {
  const db = instance.handle.db;
  const byKey = new Map<string, { version: number; mark: string }>();
  const put = (kind: Kind, id: string, version: number, mark: string) =>
    byKey.set(`${kind}:${id}`, { version: Number(version), mark });
  for (const r of await db.selectFrom('projects').select(['id', 'version', 'title']).execute())
    put('project', r.id, r.version, r.title);
  for (const r of await db.selectFrom('plans').select(['id', 'version', 'title']).execute())
    put('plan', r.id, r.version, r.title);
  for (const r of await db.selectFrom('plan_items').select(['id', 'version', 'title']).execute())
    put('item', r.id, r.version, r.title);
  for (const r of await db.selectFrom('diagnostics').select(['id', 'version', 'answers']).execute()) {
    const answers = JSON.parse(r.answers) as Record<string, { text?: string } | undefined>;
    put('diagnostic', r.id, r.version, answers['motivation.in-your-words']?.text ?? '');
  }
  return byKey;
}

async function verify(instance: Instance, acked: Map<string, Acked>) {
  const rows = await stored(instance);
  const lost: string[] = [];
  for (const [key, write] of acked) {
    const row = rows.get(key);
    if (!row) lost.push(`${key} missing`);
    else if (row.version < write.version)
      lost.push(`${key} at version ${row.version}, acknowledged ${write.version}`);
    else if (row.version === write.version && row.mark !== write.mark)
      lost.push(`${key} version ${row.version} holds « ${row.mark} », acknowledged « ${write.mark} »`);
  }
  const projects = await instance.handle.db.selectFrom('projects').select(['id', 'title']).execute();
  const territories = await instance.handle.db
    .selectFrom('project_territories')
    .select('project_id')
    .execute();
  const withTerritory = new Set(territories.map((t) => t.project_id));
  const halfWritten = projects.filter((r) => r.title.startsWith('Projet ') && !withTerritory.has(r.id));
  return { lost, halfWritten: halfWritten.length };
}

serverEntry(); // fails at once, before any database is made, when the server is not built
// Bounded: a run that hangs (a server that never answers, a stuck query) fails instead of holding CI.
const limitSeconds = Number(process.env.CRASH_TIME_LIMIT_SECONDS ?? 900);
setTimeout(() => {
  console.error(`CRASH SAFETY FAILED on ${dialect}: not finished after ${limitSeconds} s`);
  process.exit(1); // the exit handler of server-process.ts kills the server
}, limitSeconds * 1000).unref();

const instance = await prepareInstance(dialect, 3900 + Math.floor(Math.random() * 90));
const acked = new Map<string, Acked>();
const unexpected: string[] = [];
const report = {
  dialect,
  kills: 0,
  /** Records (creations) acknowledged, and every acknowledged write (creations and versioned edits). */
  acknowledged: 0,
  acknowledgedWrites: 0,
  acknowledgedByKind: {} as Record<string, number>,
  attempted: 0,
  connectionErrors: 0,
  conflicts: 0,
  /** 503 answers: the database was too busy to lend a connection; nothing written, not acknowledged. */
  busy: 0,
  unexpectedAnswers: 0,
  lost: 0,
  halfWritten: 0,
  integrityFailures: 0,
  restartMsMedian: 0,
  seconds: 0,
  finalHealth: 0,
};
const began = performance.now();
try {
  const restarts: number[] = [];
  for (let round = 0; round < kills; round++) {
    const t0 = performance.now();
    const server = await startServer(instance);
    restarts.push(performance.now() - t0);
    const stop = { now: false };
    const before = report.attempted;
    const writing = writeUntilKilled(instance, acked, unexpected, stop, round);
    // Kill while writes are flowing: once this round's clients have sent a few requests, at a random moment.
    const ackedBefore = acknowledgements.count;
    const waitUntil = Date.now() + 30_000;
    while (acknowledgements.count < ackedBefore + 3 && Date.now() < waitUntil)
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, random() * 1500));
    await killHard(server);
    stop.now = true;
    const { attempted, failed, conflicts, busy } = await writing;
    report.kills++;
    report.attempted = before + attempted;
    report.connectionErrors += failed;
    report.conflicts += conflicts;
    report.busy += busy;
    const state = await integrity(instance);
    if (state !== 'ok') report.integrityFailures++;
    const { lost, halfWritten } = await verify(instance, acked);
    report.lost = Math.max(report.lost, lost.length);
    report.halfWritten = Math.max(report.halfWritten, halfWritten);
    console.error(
      `${dialect} round ${round + 1}/${kills}: killed after ${attempted} requests, ${acked.size} records acknowledged, ` +
        `lost ${lost.length}${lost.length ? ` (${lost.slice(0, 3).join('; ')})` : ''}, half-written ${halfWritten}, ` +
        `integrity ${state}`,
    );
  }
  // A last restart: the server must come up on what the kills left, and answer.
  const last = await startServer(instance);
  report.finalHealth = (await fetch(`${instance.base}/health`)).status;
  await killHard(last);
  restarts.sort((a, b) => a - b);
  report.restartMsMedian = Math.round(restarts[Math.floor(restarts.length / 2)] ?? 0);
} catch (error) {
  console.error(error);
  console.error(`CRASH SAFETY FAILED on ${dialect}: ${await instance.dispose(true)}`);
  process.exit(1);
}
report.acknowledged = acked.size;
report.acknowledgedWrites = acknowledgements.count;
for (const a of acked.values())
  report.acknowledgedByKind[a.kind] = (report.acknowledgedByKind[a.kind] ?? 0) + 1;
report.unexpectedAnswers = unexpected.length;
report.seconds = Math.round((performance.now() - began) / 1000);
for (const line of unexpected.slice(0, 5)) console.error(`unexpected answer: ${line}`);
console.log(JSON.stringify(report));
const failed =
  report.kills < kills ||
  report.lost > 0 ||
  report.halfWritten > 0 ||
  report.integrityFailures > 0 ||
  report.unexpectedAnswers > 0 ||
  report.finalHealth !== 200;
const database = await instance.dispose(failed);
if (failed) console.error(`CRASH SAFETY FAILED on ${dialect} (database ${database}): see the figures above`);
process.exit(failed ? 1 : 0);
