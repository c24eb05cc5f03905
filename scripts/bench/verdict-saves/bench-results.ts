// Everything one `npm run bench` measured, and the table of its figures against their targets.
import type { EarlierBenchmark } from './earlier-benchmarks';
import { earlierBenchmarkRows } from './earlier-benchmark-rows';
import type { Machine } from './machine';
import type { PgbenchResult } from './pgbench-replay';
import type { PageTiming } from './review-page-timing';
import { setupName, type LevelSummary } from './run-load-levels';
import { atLeast, atMost, informational, noneOf, type TargetRow } from './target-row';

export type BenchOptions = { seconds: number; runs: number; warmUpSeconds: number; levels: number[]; workers: number[]; pgbouncerWorkers: number; poolSize: number; pageRuns: number; quick: boolean };

export type BenchResults = {
  date: string;
  totalSeconds: number;
  options: BenchOptions;
  machine: Machine;
  data: { reports: number; reviewers: number; pairs: number; largestReportSentences: number };
  levels: LevelSummary[];
  pgbench: PgbenchResult;
  /** What one save sends, one line per statement. */
  statements: string[];
  page: PageTiming;
  earlier: EarlierBenchmark[] | null;
};

export const targets = { p99At10Ms: 50, p99At100Ms: 250, ratio: 0.5 };

const failures = (level: LevelSummary) => level.non2xx + level.errors + level.timeouts;

function levelRows(level: LevelSummary): TargetRow[] {
  const name = `Verdict saves, ${setupName(level)}, ${level.connections} client${level.connections === 1 ? '' : 's'}`;
  const throughput = informational(`${name}: saves/s (p50)`, `${level.savesPerSecond.toFixed(0)} (${level.p50Ms} ms)`);
  const limit = level.connections === 10 ? targets.p99At10Ms : level.connections === 100 ? targets.p99At100Ms : null;
  if (limit === null) return [throughput, informational(`${name}: p99, failed requests`, `${level.p99Ms} ms, ${failures(level)}`)];
  return [throughput, atMost(`${name}: p99`, level.p99Ms, limit, ' ms'), noneOf(`${name}: non-2xx + errors + timeouts`, failures(level))];
}

/** The app's best saves/s, and with one worker at the level with as many clients as its pool has connections. */
export function throughputRatios(results: BenchResults) {
  const best = results.levels.reduce((most, level) => (level.savesPerSecond > most.savesPerSecond ? level : most));
  const atPoolSize = results.levels.find((level) => level.workers === 1 && !level.throughPgBouncer && level.connections === results.options.poolSize);
  return {
    best: { setup: setupName(best), connections: best.connections, ratio: best.savesPerSecond / results.pgbench.tps },
    atPoolSize: atPoolSize ? { connections: atPoolSize.connections, ratio: atPoolSize.savesPerSecond / results.pgbench.tps } : null,
  };
}

export function targetRows(results: BenchResults): TargetRow[] {
  const { best, atPoolSize } = throughputRatios(results);
  const { pgbench, page } = results;
  const rows = [
    ...results.levels.flatMap(levelRows),
    informational(`pgbench replay of one save (${pgbench.statementsPerSave} statements), ${pgbench.clients} clients: tps`, `${pgbench.tps.toFixed(0)} (${pgbench.failed} failed)`),
    atLeast(`App saves/s ÷ pgbench tps (best level: ${best.setup}, ${best.connections} clients)`, best.ratio, targets.ratio, ''),
    ...(atPoolSize ? [informational(`App saves/s ÷ pgbench tps, 1 worker at ${atPoolSize.connections} clients (= pool size)`, atPoolSize.ratio.toFixed(2))] : []),
    informational(`Review page (${results.data.largestReportSentences} sentences), full response p50 / p95`, `${page.p50Ms.toFixed(1)} / ${page.p95Ms.toFixed(1)} ms`),
  ];
  return [...rows, ...earlierBenchmarkRows(results.earlier ?? [])];
}
