// npm run bench:profile [-- --clients 10 --seconds 15] - where the server's CPU goes during verdict
// saves: the production server (one worker process) runs under `node --cpu-prof` on a scratch
// database with the bench's data while autocannon saves at --clients for --seconds, then stops;
// the samples of the timed run are summarized by package (Prisma, node-postgres, Next, the app,
// GC, …) with the CPU milliseconds per save of each (the JavaScript thread only: GC helper threads
// and the kernel's share of system calls are not in a V8 profile). The scratch database is dropped after, also on failure.
import '../../lib/load-env-file';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { startAppServer } from '../../../tooling/app-server';
import { ensureBuild } from '../../../tooling/ensure-build';
import { createDatabase, dropDatabase, testServerUrl, uniqueDatabaseName } from '../../../tooling/test-database';
import { createBenchData } from '../verdict-saves/bench-data';
import { driveVerdictLoad } from '../verdict-saves/drive-verdict-load';
import { refreshVersions } from '../verdict-saves/refresh-versions';
import { summarizeCpuProfile } from './summarize-cpu-profile';

function readOptions() {
  const { values } = parseArgs({ options: { clients: { type: 'string', default: '10' }, seconds: { type: 'string', default: '15' } } });
  const clients = Number(values.clients);
  const seconds = Number(values.seconds);
  if (![clients, seconds].every((count) => Number.isInteger(count) && count > 0)) throw new Error('--clients and --seconds take a whole number above 0');
  return { clients, seconds };
}

async function profile(url: string, directory: string, { clients, seconds }: { clients: number; seconds: number }) {
  process.env.DATABASE_URL = url;
  const { db } = await import('@/lib/db');
  const data = await createBenchData({ pairCount: clients, reviewerCount: Math.min(clients, 10) });
  await db.$disconnect();
  const server = await startAppServer({ databaseUrl: url, workers: 1, nodeArguments: ['--cpu-prof', `--cpu-prof-dir=${directory}`] });
  let load;
  const nowUs = () => Number(process.hrtime.bigint() / 1000n);
  const window = { fromUs: 0, toUs: 0 };
  try {
    // A short run first, so the timed one is of a warm server, as the bench's levels are.
    const warmUp = await driveVerdictLoad(server.url, data.pairs, clients, 2);
    await refreshVersions(url, data.pairs, warmUp.maxMs);
    window.fromUs = nowUs();
    load = await driveVerdictLoad(server.url, data.pairs, clients, seconds);
    window.toUs = nowUs();
  } finally {
    // The profile is written when the process exits (SIGTERM: a graceful close).
    await server.stop();
  }
  const [file] = (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`The server wrote no CPU profile in ${directory}`);
  return { load, summary: summarizeCpuProfile(path.join(directory, file), window) };
}

async function main() {
  const options = readOptions();
  ensureBuild();
  const serverUrl = testServerUrl();
  const name = uniqueDatabaseName('factcheck_profile');
  const directory = await mkdtemp(path.join(os.tmpdir(), 'factcheck-profile-'));
  try {
    const url = await createDatabase(serverUrl, name);
    await applyMigrations(url);
    const { load, summary } = await profile(url, directory, options);
    const saves = load.saves;
    console.log(`${options.clients} clients, ${options.seconds} s: ${load.savesPerSecond.toFixed(0)} saves/s, p99 ${load.p99Ms} ms, ${load.non2xx + load.errors + load.timeouts} failed`);
    console.log(`\n| Part | Share of busy CPU | CPU ms per timed save |\n| --- | ---: | ---: |`);
    for (const part of summary.parts) console.log(`| ${part.part} | ${(part.share * 100).toFixed(1)} % | ${(part.ms / saves).toFixed(2)} |`);
    console.log(`| all | 100 % | ${(summary.busyMs / saves).toFixed(2)} |`);
  } finally {
    await dropDatabase(serverUrl, name);
    await rm(directory, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
