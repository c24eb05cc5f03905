// BENCHMARKS.md: rewritten by every `npm run bench` with the latest figures; the notes after the
// marker line are written by hand (causes of a missed target, what was tried) and kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type BenchResults, targetRows, targets, throughputRatios } from './bench-results';
import { machineLine } from './machine';
import { levelsTable, targetsTable } from './results-tables';

export const benchmarksFile = 'BENCHMARKS.md';
const notesMarker = '<!-- Everything below this line is written by hand and kept by npm run bench. -->';
const notesPlaceholder = '## Notes\n\nNone yet.\n';

function keptNotes(): string {
  if (!existsSync(benchmarksFile)) return notesPlaceholder;
  const text = readFileSync(benchmarksFile, 'utf8');
  const at = text.indexOf(notesMarker);
  return at >= 0 ? text.slice(at + notesMarker.length).trimStart() : notesPlaceholder;
}

function earlierLines(results: BenchResults): string {
  if (!results.earlier) return 'The earlier benchmark scripts were skipped (`--quick`).';
  const runs = results.earlier.map((run) => `\`npm run ${run.script}${run.args.length > 0 ? ` -- ${run.args.join(' ')}` : ''}\` (${run.seconds} s)`);
  return `Earlier benchmark scripts, run one after another after the load test: ${runs.join(', ')}. Export runs at 100,000 and 200,000 verdicts here; \`npm run bench:export\` alone gives the 100,000 and 1,000,000 figures.`;
}

export function benchmarksMarkdown(results: BenchResults): string {
  const { options, pgbench, page, data } = results;
  const { best, atPoolSize } = throughputRatios(results);
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/verdict-saves/main.ts) on ${results.date}, in ${results.totalSeconds} s. Everything above the notes is rewritten by each run.

**Machine:** ${machineLine(results.machine)}.

${targetsTable(targetRows(results))}

Targets: p99 < ${targets.p99At10Ms} ms at 10 clients and < ${targets.p99At100Ms} ms at 100 clients with no failed request (any non-2xx, error or timeout fails), and app saves/s at least ${targets.ratio} of what pgbench gets from the same statements.

## Verdict saves (\`PUT /api/v1/claims/{id}/verdict\`)

autocannon in the bench process drives the production server (\`scripts/serve.ts\`, with ${options.workers.map((count) => `${count} worker process${count === 1 ? '' : 'es'}`).join(' and then ')}${options.pgbouncerWorkers > 0 ? `, then ${options.pgbouncerWorkers} through PgBouncer in transaction pooling mode with ${options.poolSize} server connections` : ''}, a pool of ${options.poolSize} connections each) over loopback on the same 2 cores as Postgres. Each connection edits its own verdict, one of ${data.pairs} (claim, reviewer) pairs over the ${data.reports} shipped reports and ${data.reviewers} reviewers (each with an API token): a corroborated verdict citing one sentence of another report, on top of the version its last save returned (every verdict was saved once before, so every timed save is an update). Per level: ${options.warmUpSeconds} s warm-up, then ${options.runs} runs of ${options.seconds} s; medians over the runs, non-2xx, errors and timeouts summed, CPU over the timed runs.

${levelsTable(results.levels)}

## The physical limit: pgbench

One save sends ${pgbench.statementsPerSave} statements (captured by wrapping \`pg.Client.prototype.query\` while \`saveVerdict\` ran once): ${results.statements.join(' → ')}. The audit trigger (chain lock, head lookup, hash) runs inside the INSERT. pgbench replays them with literal values, one (claim, reviewer) pair per client read from a helper table with \`\\gset\` (one extra indexed SELECT per transaction), extended protocol as node-postgres uses, ${pgbench.clients} clients (the pool size), \`-j 2\`, ${pgbench.seconds} s, median of ${options.runs} runs: **${pgbench.tps.toFixed(0)} tps**, average latency ${pgbench.latencyAverageMs} ms, ${pgbench.failed} failed.

App ÷ pgbench: ${best.ratio.toFixed(2)} at the app's best level (${best.setup}, ${best.connections} clients)${atPoolSize ? `, ${atPoolSize.ratio.toFixed(2)} with 1 worker at ${atPoolSize.connections} clients (the pool size)` : ''}. The API request also authenticates its token and its account (1 joined SELECT) and updates the token's last use (1 UPDATE, a no-op within the minute) outside the save's transaction; pgbench does not replay those.

## Review page

\`GET /reports/{id}\` for the largest shipped report (${data.largestReportSentences} sentences), signed in as a reviewer through next-auth's credentials flow, ${page.runs} requests one after another after ${page.warmUps} warm-ups, on the idle server before the load test, to the last byte (${page.kilobytes.toFixed(0)} KiB): p50 ${page.p50Ms.toFixed(1)} ms, p95 ${page.p95Ms.toFixed(1)} ms, max ${page.maxMs.toFixed(1)} ms.

${earlierLines(results)}

## How to reproduce

\`\`\`
npm run bench                 # everything (builds first if sources changed); about 8 to 10 minutes on 2 cores
npm run bench -- --quick      # without the earlier benchmark scripts
npm run bench -- --duration 10 --runs 3 --warm-up 2 --levels 1,10,50,100 --workers 1,${results.machine.cores} --pgbouncer-workers ${results.machine.cores} --pool-size 10 --page-runs 100
\`\`\`

It needs the local PostgreSQL (or DATABASE_URL's, local hosts only) and \`pgbench\` on PATH. It makes a scratch database and drops it at the end, also on failure. The last line of its output is all of the above as JSON.

${notesMarker}

${keptNotes()}`;
}

export function writeBenchmarksFile(results: BenchResults): void {
  writeFileSync(benchmarksFile, benchmarksMarkdown(results));
}
