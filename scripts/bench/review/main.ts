// npm run bench:review [-- --runs 5 --sizes 100,1000,10000 --timeout 120 --no-shipped --profile DIR --round] - the review
// workspace as a reviewer's browser gets it (issue 19): builds the app if sources changed, makes a
// scratch database on the local Postgres server (or DATABASE_URL's), seeds it, creates a reviewer
// and imports generated reports of each size, starts the production server on it, signs in once,
// then per report (after one unmeasured request) and run opens the page in headless Chromium and measures the first HTML (size,
// server time), the time until a sentence is focused and `j` moves focus, `j` latency, labelling
// and saving, and the JavaScript heap. Medians over the runs; prints a table, the targets and a
// JSON line. A run whose page is not usable within the timeout ends its report's runs. `--round`
// measures instead the review round's actions on the shipped reports (measure-round.ts). The scratch
// database is dropped after, also on failure; it does not write BENCHMARKS.md.
import '../../lib/load-env-file';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { startAppServer, type AppServer } from '../../../tooling/app-server';
import { needsBuild } from '../../../tooling/ensure-build';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { launchChromium, signInOnce, type StorageState, warmUp } from './browser-session';
import { measureRun, type RunFigures } from './measure-run';
import { readOptions, type ReviewBenchOptions } from './options';
import { type ReportSummary, summarize, summaryTable } from './report-summary';
import { type BenchReport, createReviewData, type ReviewData } from './review-data';
import { measureRound, type RoundSummary, roundTable } from './measure-round';
import { checkTargets, targetLines } from './targets';
import { round } from '../statistics';

// Only a build takes the lock, so the script can itself run under `flock` on the same file.
function buildUnderLock(): void {
  if (!needsBuild()) return;
  const result = spawnSync('flock', ['/tmp/factcheck-build.lock', process.execPath, '--import', 'tsx', 'scripts/bench/review/build-app.ts'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the app failed');
}

function describeRun(run: RunFigures): string {
  const figure = (value: number | null, unit: string) => (value === null ? '—' : `${value.toFixed(0)} ${unit}`);
  const parts = [`HTML ${figure(run.htmlKb, 'KB')}`, `server ${figure(run.serverMs, 'ms')}`, `usable ${figure(run.usableMs, 'ms')}`, `save ${figure(run.saveMs, 'ms')}`];
  return run.failure ? `${parts.join(', ')}; FAILED: ${run.failure}` : parts.join(', ');
}

type Session = { server: AppServer; browser: Browser; storageState: StorageState };

type MeasuredReport = ReportSummary & { warmUp: { kb: number; ms: number } | null };

async function measureReports({ server, browser, storageState }: Session, reports: BenchReport[], options: ReviewBenchOptions): Promise<MeasuredReport[]> {
  const summaries: MeasuredReport[] = [];
  for (const report of reports) {
    console.log(`Report ${report.label} (${report.bodySentences.toLocaleString('en')} body sentences):`);
    const url = `${server.url}/reports/${report.id}`;
    const warm = await warmUp(browser, storageState, url, options.timeoutMs).catch((error: unknown) => {
      console.log(`  warm-up request failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      return null;
    });
    if (warm) console.log(`  warm-up request: ${warm.kb.toFixed(0)} KB in ${warm.ms.toFixed(0)} ms to the last byte`);
    const runs: RunFigures[] = [];
    for (let run = 1; run <= options.runs; run += 1) {
      const profile = options.profileDirectory ? { directory: options.profileDirectory, name: `j-${report.label.replace(/\W+/g, '-')}-run-${run}` } : null;
      const figures = await measureRun({ browser, storageState, url, run, timeoutMs: options.timeoutMs, profile });
      runs.push(figures);
      console.log(`  run ${run}: ${describeRun(figures)}`);
      if (figures.usableMs === null) {
        console.log(`  not usable within ${options.timeoutMs / 1000} s: the other runs of this report are skipped`);
        break;
      }
    }
    summaries.push({ ...summarize(report, runs), warmUp: warm && { kb: round(warm.kb), ms: round(warm.ms) } });
  }
  return summaries;
}

async function measureWorkspace(session: Session, data: ReviewData, options: ReviewBenchOptions): Promise<void> {
  // The shipped reports first, while no page of thousands of sentences has yet loaded the machine.
  const shipped = await measureReports(session, data.shipped, options);
  const generated = await measureReports(session, data.generated, options);
  const summaries = [...shipped, ...generated];
  console.log(`\nReview workspace, medians of up to ${options.runs} runs (timeout ${options.timeoutMs / 1000} s per step):`);
  console.log(summaryTable(summaries));
  for (const summary of summaries.filter((each) => each.failures.length > 0)) console.log(`${summary.report}: ${summary.failures.join('; ')}`);
  const [smallest, largest] = [generated[0], generated.at(-1)];
  const targets = smallest && largest && generated.length > 1 ? checkTargets(largest, smallest) : [];
  if (targets.length > 0) console.log(`\n${targetLines(targets).join('\n')}`);
  console.log(JSON.stringify({ date: new Date().toISOString(), options, reports: summaries, targets }));
}

// Issue 22's target for each of the round's actions, from the click to the outcome on screen.
const roundTargetMs = 300;

async function measureRoundOnShipped({ server, browser, storageState }: Session, data: ReviewData, options: ReviewBenchOptions): Promise<void> {
  const editorState = await signInOnce(browser, server.url, data.editor.email, data.editor.password);
  const summaries: RoundSummary[] = [];
  for (const report of data.shipped) {
    console.log(`Report ${report.label}, the review round:`);
    const accounts = { editorState, reviewerState: storageState, reviewerName: data.reviewer.name };
    summaries.push(await measureRound({ browser, ...accounts, baseUrl: server.url, report, runs: options.runs, timeoutMs: options.timeoutMs }));
  }
  console.log(`\nThe review round's actions, ms from the click to the outcome painted, medians of ${options.runs} runs:`);
  console.log(roundTable(summaries, roundTargetMs));
  console.log(JSON.stringify({ date: new Date().toISOString(), options, round: summaries, targetMs: roundTargetMs }));
}

async function main(): Promise<void> {
  const options = readOptions();
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const started = performance.now();
  buildUnderLock();
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_bench_review');
  const url = await createDatabase(serverUrl, name);
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const data = await createReviewData(options.round ? [] : sizes, options.shipped || options.round);
    console.log('Starting the production server…');
    server = await startAppServer({ databaseUrl: url });
    browser = await launchChromium();
    const storageState = await signInOnce(browser, server.url, data.reviewer.email, data.reviewer.password);
    if (options.round) await measureRoundOnShipped({ server, browser, storageState }, data, options);
    else await measureWorkspace({ server, browser, storageState }, data, { ...options, sizes });
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser?.close();
    await server?.stop();
    await dropDatabase(serverUrl, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
