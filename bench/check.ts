/**
 * `npm run bench:check [-- --run [bench options…]] [--report file]`: compares the last bench (bench/results/last.json)
 * with bench/budgets.json and exits with 1 when a budget is missed: p95 of each scenario, zero errors, server time
 * within a ratio of the bare SQL, start-up time, idle memory. A scenario with a budget that was not measured
 * (pending or skipped) is a miss too, listed with its reason: a check must not pass on figures nobody took.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchReport, ScenarioFigures } from './scenarios/report.ts';

interface Budgets {
  errors: number;
  startupMs: number;
  idleRssMb: number;
  scenarios: Record<string, { p95Ms?: number; maxRatioToBareSql?: number }>;
}

export interface Verdict {
  ok: boolean;
  line: string;
}

/** Every budget against the report, one verdict each. */
export function checkBudgets(report: BenchReport, budgets: Budgets): Verdict[] {
  const verdicts: Verdict[] = [];
  const verdict = (ok: boolean, line: string) => verdicts.push({ ok, line });
  const byName = new Map<string, ScenarioFigures>(report.scenarios.map((s) => [s.name, s]));
  for (const [name, budget] of Object.entries(budgets.scenarios)) {
    const s = byName.get(name);
    if (!s || s.pending) {
      verdict(false, `${name}: not measured${s?.pending ? ` (${s.pending})` : ' (not in this run)'}`);
      continue;
    }
    verdict(
      s.errors <= budgets.errors,
      `${name}: ${s.errors} errors (budget ${budgets.errors})${s.errors ? ` ${JSON.stringify(s.errorDetail)}` : ''}`,
    );
    if (budget.p95Ms !== undefined)
      verdict(s.p95 < budget.p95Ms, `${name}: p95 ${s.p95.toFixed(1)} ms (budget < ${budget.p95Ms} ms)`);
    if (budget.maxRatioToBareSql !== undefined) {
      const ratio = s.ratioToBareSql;
      verdict(
        ratio !== null && ratio <= budget.maxRatioToBareSql,
        `${name}: server time ${ratio === null ? 'not compared' : `${ratio.toFixed(1)}×`} the bare SQL (budget ≤ ${budget.maxRatioToBareSql}×)`,
      );
    }
  }
  verdict(
    report.startupMs < budgets.startupMs,
    `start-up to healthy: ${report.startupMs.toFixed(0)} ms (budget < ${budgets.startupMs} ms)`,
  );
  verdict(
    report.idleRssMb !== null && report.idleRssMb < budgets.idleRssMb,
    `idle RSS: ${report.idleRssMb === null ? 'not measured' : `${report.idleRssMb.toFixed(0)} MB`} (budget < ${budgets.idleRssMb} MB)`,
  );
  return verdicts;
}

const args = process.argv.slice(2);
const reportIndex = args.indexOf('--report');
const reportFile = reportIndex >= 0 ? args[reportIndex + 1] : path.join('bench', 'results', 'last.json');
if (!reportFile) {
  console.error('--report : chemin attendu (--report: a path is expected).');
  process.exit(2);
}
if (args.includes('--run')) {
  const benchArgs = args.filter((a, i) => a !== '--run' && i !== reportIndex && i !== reportIndex + 1);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'run.ts'), ...benchArgs, '--json', reportFile],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (!existsSync(reportFile)) {
  console.error(
    `${reportFile} : aucun résultat, lancez « npm run bench » ou ajoutez --run (no bench result: run \`npm run bench\` or add --run).`,
  );
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BenchReport;
const budgets = JSON.parse(readFileSync(path.join('bench', 'budgets.json'), 'utf8')) as Budgets;
const verdicts = checkBudgets(report, budgets);
console.log(
  `bench of ${report.meta.date} (${report.meta.engine}, ${report.meta.processes} process(es), dataset ${report.dataset.projects} projects)`,
);
for (const v of verdicts) console.log(`${v.ok ? 'ok  ' : 'MISS'} ${v.line}`);
const missed = verdicts.filter((v) => !v.ok).length;
console.log(missed ? `${missed} budget(s) missed.` : 'Every budget is met.');
process.exitCode = missed ? 1 : 0;
