// npm run bench [-- --duration 10 --runs 3 --warm-up 2 --levels 1,10,50,100 --workers 1,<cores>
// --pgbouncer-workers <cores> (0: none) --pool-size 10 --page-runs 100 --quick] - the performance figures of issue 9 in one run: builds
// the app if sources changed, makes a scratch database on the local Postgres server (or
// DATABASE_URL's), fills it through the real use cases, starts the production server on it with
// each number of worker processes (then through PgBouncer) and drives verdict saves at each concurrency level with
// autocannon, times the review page as a signed-in
// reviewer, replays one save's exact statements with pgbench for the physical limit, then runs
// the earlier benchmark scripts (unless --quick). Prints a table of figures against targets, the
// machine and a final JSON line, and rewrites BENCHMARKS.md. Exits 0 when it ran, met or not.
// The scratch database is dropped after, also on failure.
import '../../lib/load-env-file';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { type BenchData, createBenchData } from './bench-data';
import { type BenchOptions, type BenchResults, targetRows } from './bench-results';
import { benchmarksFile, writeBenchmarksFile } from './benchmarks-markdown';
import { captureSaveStatements, describeStatement } from './capture-save-statements';
import { runEarlierBenchmarks } from './earlier-benchmarks';
import { describeMachine, machineLine } from './machine';
import { replaySaveWithPgbench } from './pgbench-replay';
import { levelsTable, targetsTable } from './results-tables';
import { timeReviewPage, type PageTiming } from './review-page-timing';
import { runLoadLevels, setupName, type LevelSummary, type ServerSetup } from './run-load-levels';
import { round } from '../statistics';
import { startAppServer } from '../../../tooling/app-server';
import { startPgBouncer } from '../../../tooling/pgbouncer';
import { ensureBuild } from '../../../tooling/ensure-build';
import type { VerdictPair } from './verdict-pair';

const reviewerCount = 10;
const pageWarmUps = 10;

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      runs: { type: 'string', default: '3' },
      'warm-up': { type: 'string', default: '2' },
      levels: { type: 'string', default: '1,10,50,100' },
      workers: { type: 'string', default: [...new Set([1, os.availableParallelism()])].join(',') },
      'pgbouncer-workers': { type: 'string', default: String(os.availableParallelism()) },
      'pool-size': { type: 'string', default: '10' },
      'page-runs': { type: 'string', default: '100' },
      quick: { type: 'boolean', default: false },
    },
  });
  const options = {
    seconds: Number(values.duration),
    runs: Number(values.runs),
    warmUpSeconds: Number(values['warm-up']),
    levels: (values.levels ?? '').split(',').map(Number),
    workers: (values.workers ?? '').split(',').map(Number),
    pgbouncerWorkers: Number(values['pgbouncer-workers']),
    poolSize: Number(values['pool-size']),
    pageRuns: Number(values['page-runs']),
    quick: values.quick ?? false,
  };
  const counts = [options.seconds, options.runs, options.warmUpSeconds, options.poolSize, options.pageRuns, ...options.levels, ...options.workers];
  if (!counts.every((count) => Number.isInteger(count) && count > 0)) throw new Error('Every option takes a whole number above 0 (--levels and --workers a comma-separated list of them)');
  if (!Number.isInteger(options.pgbouncerWorkers) || options.pgbouncerWorkers < 0) throw new Error('--pgbouncer-workers takes a whole number: 0 for no run through PgBouncer');
  return options;
}

/** Each way the server is measured: every number of workers directly, then through PgBouncer. */
function serverSetups(options: BenchOptions): ServerSetup[] {
  const direct = options.workers.map((workers) => ({ workers, throughPgBouncer: false }));
  return options.pgbouncerWorkers > 0 ? [...direct, { workers: options.pgbouncerWorkers, throughPgBouncer: true }] : direct;
}

/** The review page timing (with the first setup) and the load levels with each, against the production server on `url`. */
async function measureServer(url: string, options: BenchOptions, data: BenchData, loadPairs: VerdictPair[]) {
  let page: PageTiming | undefined;
  const levels: LevelSummary[] = [];
  for (const setup of serverSetups(options)) {
    const { workers } = setup;
    console.log(`Starting the production server (${setupName(setup)}, pool of ${options.poolSize} connections each)…`);
    // PgBouncer gets as many server connections as one pool has: the workers' pools share them.
    const bouncer = setup.throughPgBouncer ? await startPgBouncer(url, { serverConnections: options.poolSize }) : null;
    const server = await startAppServer({ databaseUrl: bouncer ? bouncer.through(url) : url, workers, env: { DATABASE_POOL_SIZE: String(options.poolSize) } }).catch(async (error: unknown) => {
      await bouncer?.stop();
      throw error;
    });
    try {
      const [reviewer] = loadPairs;
      if (!reviewer) throw new Error('No reviewer to sign in as');
      if (!page) {
        console.log(`Timing the review page: ${options.pageRuns} requests after ${pageWarmUps} warm-ups…`);
        page = await timeReviewPage({ baseUrl: server.url, email: reviewer.reviewerEmail, password: data.reviewerPassword, reportId: data.largestReportId, runs: options.pageRuns, warmUps: pageWarmUps });
        console.log(`  p50 ${page.p50Ms.toFixed(1)} ms, p95 ${page.p95Ms.toFixed(1)} ms`);
      }
      console.log(`Saving verdicts at ${options.levels.join(', ')} clients: ${options.warmUpSeconds} s warm-up, then ${options.runs} × ${options.seconds} s each…`);
      const { seconds, runs, warmUpSeconds } = options;
      levels.push(...(await runLoadLevels({ setup, baseUrl: server.url, databaseUrl: url, pairs: loadPairs, levels: options.levels, seconds, runs, warmUpSeconds, serverPid: server.child.pid })));
    } finally {
      await server.stop();
      await bouncer?.stop();
    }
  }
  if (!page) throw new Error('No server was measured');
  return { page, levels };
}

/** Everything measured on the scratch database at `url`. */
async function measure(url: string, options: BenchOptions, directory: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import('@/lib/db');
  console.log(`Importing the shipped reports, ${reviewerCount} reviewers with tokens, and saving a first verdict per (claim, reviewer) pair…`);
  const clients = Math.max(...options.levels, options.poolSize);
  const data = await createBenchData({ pairCount: clients + 1, reviewerCount });
  const loadPairs = data.pairs.slice(0, clients);
  const capturedPair = data.pairs[clients];
  if (!capturedPair) throw new Error('No pair left to capture a save on');
  const statements = await captureSaveStatements(capturedPair);
  await db.$disconnect();

  const { page, levels } = await measureServer(url, options, data, loadPairs);

  console.log(`Replaying one save's ${statements.length} statements with pgbench (${options.poolSize} clients, ${options.runs} × ${options.seconds} s)…`);
  const { script: _script, tpsOfRuns, ...pgbench } = await replaySaveWithPgbench({ url, statements, capturedPair, pairs: loadPairs, clients: options.poolSize, seconds: options.seconds, runs: options.runs, directory });
  console.log(`  ${tpsOfRuns.map((tps) => tps.toFixed(0)).join(', ')} tps`);
  return {
    machine: await describeMachine(url),
    data: { reports: data.reports, reviewers: reviewerCount, pairs: data.pairs.length, largestReportSentences: data.largestReportSentences },
    levels,
    pgbench,
    statements: statements.map((statement) => describeStatement(statement.text)),
    page,
  };
}

function report(results: BenchResults): void {
  console.log(`\nVerdict saves by level (medians of ${results.options.runs} runs of ${results.options.seconds} s):`);
  console.log(levelsTable(results.levels));
  const rows = targetRows(results);
  console.log(`\n${targetsTable(rows)}`);
  console.log(`\nMachine: ${machineLine(results.machine)}`);
  for (const row of rows.filter((target) => target.met !== null)) console.log(`${row.met ? 'Met' : 'MISSED'}: ${row.figure} = ${row.value} (target ${row.target})${row.gap ? `, ${row.gap}` : ''}`);
  writeBenchmarksFile(results);
  console.log(`\nWrote ${benchmarksFile}; total ${results.totalSeconds} s`);
  console.log(JSON.stringify({ ...results, targets: rows }));
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = readOptions();
  ensureBuild();
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_bench');
  const directory = await mkdtemp(path.join(os.tmpdir(), 'factcheck-bench-'));
  const dropOnInterrupt = () => void dropDatabase(serverUrl, name).finally(() => process.exit(130));
  process.once('SIGINT', dropOnInterrupt);
  let measured;
  try {
    const url = await createDatabase(serverUrl, name);
    await applyMigrations(url);
    measured = await measure(url, options, directory);
  } finally {
    process.off('SIGINT', dropOnInterrupt);
    await dropDatabase(serverUrl, name);
    await rm(directory, { recursive: true, force: true });
  }
  const earlier = options.quick ? null : await runEarlierBenchmarks(serverUrl);
  report({ date: new Date().toISOString(), totalSeconds: round((performance.now() - started) / 1000, 0), options, ...measured, earlier });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
