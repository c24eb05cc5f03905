// Each concurrency level: a short warm-up at that level (discarded), then `runs` timed runs; the
// figures are the medians over the runs, the non-2xx, errors and timeouts the sums, and the CPU
// shares cover the timed runs. Between runs the pairs take the versions their unanswered last
// saves stored (refresh-versions.ts).
import { cpuShares, sampleCpu, type CpuShares } from './cpu-usage';
import { driveVerdictLoad, type LoadResult } from './drive-verdict-load';
import { refreshVersions } from './refresh-versions';
import { median } from '../statistics';
import type { VerdictPair } from './verdict-pair';

export type LevelSummary = {
  /** Worker processes of the server (FACTCHECK_WORKERS). */
  workers: number;
  /** The server reached Postgres through PgBouncer in transaction pooling mode. */
  throughPgBouncer: boolean;
  connections: number;
  savesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  cpu: CpuShares | null;
  runs: LoadResult[];
};

/** Adds one run's shares to the running mean over `runs` runs of equal length. */
function addShares(sum: CpuShares | null, run: CpuShares | null, runs: number): CpuShares | null {
  if (!run) return sum;
  const base = sum ?? { server: 0, postgres: 0, bench: 0, other: 0, machine: 0 };
  return {
    server: base.server + run.server / runs,
    postgres: base.postgres + run.postgres / runs,
    bench: base.bench + run.bench / runs,
    other: base.other + run.other / runs,
    machine: base.machine + run.machine / runs,
  };
}

function summarize(setup: ServerSetup, connections: number, runs: LoadResult[], cpu: CpuShares | null): LevelSummary {
  const statusCodes: Record<string, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.statusCodes)) statusCodes[status] = (statusCodes[status] ?? 0) + count;
  const sum = (pick: (run: LoadResult) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    ...setup,
    connections,
    savesPerSecond: median(runs.map((run) => run.savesPerSecond)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    maxMs: Math.max(...runs.map((run) => run.maxMs)),
    non2xx: sum((run) => run.non2xx),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    statusCodes,
    cpu,
    runs,
  };
}

/** How the measured server runs: how many workers, and whether through PgBouncer. */
export type ServerSetup = Pick<LevelSummary, 'workers' | 'throughPgBouncer'>;

/** "2 workers", "2 workers through PgBouncer". */
export function setupName({ workers, throughPgBouncer }: ServerSetup): string {
  return `${workers} worker${workers === 1 ? '' : 's'}${throughPgBouncer ? ' through PgBouncer' : ''}`;
}

export async function runLoadLevels({ setup, baseUrl, databaseUrl, pairs, levels, seconds, runs, warmUpSeconds, serverPid }: {
  setup: ServerSetup;
  baseUrl: string;
  databaseUrl: string;
  pairs: VerdictPair[];
  levels: number[];
  seconds: number;
  runs: number;
  warmUpSeconds: number;
  serverPid: number | undefined;
}): Promise<LevelSummary[]> {
  const summaries: LevelSummary[] = [];
  for (const connections of levels) {
    const drive = async (runSeconds: number) => {
      const result = await driveVerdictLoad(baseUrl, pairs, connections, runSeconds);
      const cpu = sampleCpu();
      await refreshVersions(databaseUrl, pairs.slice(0, connections), result.maxMs);
      return { result, cpu };
    };
    await drive(warmUpSeconds);
    const results: LoadResult[] = [];
    let cpuUsed: CpuShares | null = null;
    for (let run = 0; run < runs; run += 1) {
      const before = sampleCpu();
      const { result, cpu } = await drive(seconds);
      results.push(result);
      cpuUsed = addShares(cpuUsed, cpuShares(before, cpu, serverPid), runs);
    }
    const summary = summarize(setup, connections, results, cpuUsed);
    summaries.push(summary);
    const cpu = summary.cpu ? ` · CPU % of a core: server ${summary.cpu.server.toFixed(0)}, postgres ${summary.cpu.postgres.toFixed(0)}, autocannon ${summary.cpu.bench.toFixed(0)}, other ${summary.cpu.other.toFixed(0)}` : '';
    console.log(
      `  ${connections} clients: ${summary.savesPerSecond.toFixed(0)} saves/s, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, max ${summary.maxMs} ms, non-2xx ${summary.non2xx}, errors ${summary.errors}, timeouts ${summary.timeouts}${cpu}`,
    );
  }
  return summaries;
}
