// npm run bench:live [-- --saves 200 --viewers 200 --seconds 10 --runs 3] - the live updates'
// figures (issue 24) on a scratch database: two production servers (one worker each) on it, a
// page following a report on the first while saves are made one after another through the second
// (how long from a save's answer until the page hears it); then verdict saves at 10 clients on the
// first server with no page following and with --viewers pages following the saved reports (how
// much the followers cost the saves). Prints the figures and a JSON line. Exits 0 when it ran.
import '../../lib/load-env-file';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { startAppServer, type AppServer } from '../../../tooling/app-server';
import { ensureBuild } from '../../../tooling/ensure-build';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { median, percentile, round } from '../statistics';
import { createBenchData } from '../verdict-saves/bench-data';
import { driveVerdictLoad, type LoadResult } from '../verdict-saves/drive-verdict-load';
import { refreshVersions } from '../verdict-saves/refresh-versions';
import { verdictBody, type VerdictPair } from '../verdict-saves/verdict-pair';
import { openEventStream } from './event-stream-client';

const clients = 10;

function readOptions() {
  const { values } = parseArgs({ options: { saves: { type: 'string', default: '200' }, viewers: { type: 'string', default: '200' }, seconds: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' } } });
  const options = { saves: Number(values.saves), viewers: Number(values.viewers), seconds: Number(values.seconds), runs: Number(values.runs) };
  if (!Object.values(options).every((count) => Number.isInteger(count) && count > 0)) throw new Error('Every option takes a whole number above 0');
  return options;
}

async function editorToken(): Promise<string> {
  const { cliActor } = await import('@/lib/actor');
  const { createUser } = await import('@/lib/users/create-user');
  const { issueApiToken } = await import('@/lib/api-tokens/issue-api-token');
  const email = `bench-editor-${randomBytes(4).toString('hex')}@bench.local`;
  await createUser({ actor: cliActor, input: { email, name: 'Bench Editor', role: 'editor', password: randomBytes(18).toString('base64url') } });
  return (await issueApiToken({ actor: cliActor, input: { email } })).token;
}

/** Saves one after another through `saver` while a page follows on `follower`: ms from each save's answer to the page hearing it. */
async function deliveryTimes(follower: AppServer, saver: AppServer, pair: VerdictPair, token: string, saves: number): Promise<number[]> {
  const page = openEventStream(`${follower.url}/api/v1/reports/${pair.reportId}/live`, token);
  await page.opened;
  const times: number[] = [];
  try {
    for (let save = 0; save < saves; save += 1) {
      const response = await fetch(`${saver.url}/api/v1/claims/${pair.claimId}/verdict`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${pair.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(verdictBody(pair, `Delivery ${save}`, pair.version)),
      });
      const answered = performance.now();
      const body = (await response.json()) as { version: number };
      if (response.status !== 200) throw new Error(`A save answered ${response.status}`);
      pair.version = body.version;
      // The event's id is its audit sequence, unknown here: wait for the next new arrival.
      const before = page.arrivals.size;
      const deadline = answered + 5_000;
      while (page.arrivals.size === before && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
      const arrived = [...page.arrivals.values()].at(-1);
      if (page.arrivals.size === before || arrived === undefined) throw new Error(`Save ${save} was not heard within 5 s`);
      times.push(Math.max(0, arrived - answered));
    }
  } finally {
    page.close();
  }
  return times;
}

async function savesWithViewers(server: AppServer, url: string, pairs: VerdictPair[], viewers: number, token: string, { seconds, runs }: { seconds: number; runs: number }): Promise<LoadResult[]> {
  const reports = [...new Set(pairs.map((pair) => pair.reportId))];
  const pages = Array.from({ length: viewers }, (_, index) => openEventStream(`${server.url}/api/v1/reports/${reports[index % reports.length]}/live`, token));
  await Promise.all(pages.map((page) => page.opened));
  const results: LoadResult[] = [];
  try {
    const warmUp = await driveVerdictLoad(server.url, pairs, clients, 2);
    await refreshVersions(url, pairs, warmUp.maxMs);
    for (let run = 0; run < runs; run += 1) {
      const result = await driveVerdictLoad(server.url, pairs, clients, seconds);
      await refreshVersions(url, pairs, result.maxMs);
      results.push(result);
    }
    if (viewers > 0) console.log(`  each of the ${viewers} pages heard ${median(pages.map((page) => page.arrivals.size))} events (median)`);
  } finally {
    for (const page of pages) page.close();
  }
  return results;
}

async function main() {
  const options = readOptions();
  ensureBuild();
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_live_bench');
  const servers: AppServer[] = [];
  try {
    const url = await createDatabase(serverUrl, name);
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const data = await createBenchData({ pairCount: clients + 1, reviewerCount: 10 });
    const token = await editorToken();
    const { db } = await import('@/lib/db');
    await db.$disconnect();
    // One person opens every page here, so the per-person limit is lifted for the bench.
    const env = { FACTCHECK_LIVE_MAX_PER_USER: String(options.viewers + 10), DATABASE_POOL_SIZE: '10' };
    servers.push(...(await Promise.all([startAppServer({ databaseUrl: url, workers: 1, env }), startAppServer({ databaseUrl: url, workers: 1, env })])));
    const [first, second] = servers;
    const [deliveryPair, ...loadPairs] = data.pairs;
    if (!first || !second || !deliveryPair) throw new Error('two servers and pairs expected');

    console.log(`Delivery: ${options.saves} saves one after another through the second server, a page following on the first…`);
    const times = await deliveryTimes(first, second, deliveryPair, token, options.saves);
    const delivery = { saves: times.length, p50Ms: round(median(times)), p95Ms: round(percentile(times, 0.95)), maxMs: round(Math.max(...times)) };
    console.log(`  from a save's answer to the page hearing it: p50 ${delivery.p50Ms} ms, p95 ${delivery.p95Ms} ms, max ${delivery.maxMs} ms (target p95 < 500 ms)`);

    const load: Record<string, { savesPerSecond: number; p50Ms: number; p99Ms: number; failed: number }> = {};
    for (const viewers of [0, options.viewers]) {
      console.log(`Saves at ${clients} clients on the first server with ${viewers} pages following: ${options.runs} × ${options.seconds} s…`);
      const results = await savesWithViewers(first, url, loadPairs, viewers, token, options);
      load[viewers] = {
        savesPerSecond: round(median(results.map((result) => result.savesPerSecond)), 0),
        p50Ms: median(results.map((result) => result.p50Ms)),
        p99Ms: median(results.map((result) => result.p99Ms)),
        failed: results.reduce((total, result) => total + result.non2xx + result.errors + result.timeouts, 0),
      };
      console.log(`  ${load[viewers]?.savesPerSecond} saves/s, p50 ${load[viewers]?.p50Ms} ms, p99 ${load[viewers]?.p99Ms} ms, ${load[viewers]?.failed} failed`);
    }
    const [without, withViewers] = [load[0], load[options.viewers]];
    const rise = without && withViewers ? round((withViewers.p50Ms / without.p50Ms - 1) * 100, 0) : null;
    console.log(`With ${options.viewers} pages following, the median save latency changed by ${rise} % (target at most +10 %)`);
    console.log(JSON.stringify({ date: new Date().toISOString(), options, delivery, load, medianLatencyRisePercent: rise }));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(serverUrl, name);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
