import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppServer } from '../../tooling/app-server';
import { createScratchPostgres, type ScratchPostgres } from '../support/scratch-postgres';
import { createDatabase } from '../../tooling/test-database';
import { crash, serverSetups, setupDatabase, startSetupServer, type ServerSetup, type SetupDatabase } from '../support/server-setups';
import { putVerdict } from '../support/verdict-writer';
import { waitUntil } from '../support/wait-until';

// This file's database is on a PostgreSQL server of its own, which the test stops and starts.
const postgres: ScratchPostgres = await createScratchPostgres();
const databaseUrl = await createDatabase(postgres.serverUrl, 'factcheck');
process.env.DATABASE_URL = databaseUrl;
const servers: AppServer[] = [];
const databases: SetupDatabase[] = [];
type Desk = { claims: { id: string }[]; token: string };
const desks = new Map<ServerSetup, Desk>();

beforeAll(async () => {
  const { applyMigrations } = await import('@/lib/migrations/apply-migrations');
  await applyMigrations(databaseUrl);
  const { cliActor } = await import('@/lib/actor');
  const { db } = await import('@/lib/db');
  const { importReport } = await import('@/lib/reports/import-report');
  const { issueApiToken } = await import('@/lib/api-tokens/issue-api-token');
  const { createTestUser } = await import('../support/factories');
  for (const setup of serverSetups) {
    const report = await importReport({ actor: cliActor, input: { outlet: 'Outage Wire', title: `Outage, ${setup.setup}`, body: `Envoys met in Seoul (${setup.setup}). They spoke of cyber theft. Officials named no figures. The talks ended.` } });
    const claims = await db.claim.findMany({ where: { reportId: report.id, isDefault: true }, select: { id: true } });
    const reviewer = await createTestUser();
    const { token } = await issueApiToken({ actor: cliActor, input: { email: reviewer.email } });
    desks.set(setup, { claims, token });
  }
  // The test process holds no connection while the server it stops and starts is under test.
  await db.$disconnect();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => crash(server)));
  await Promise.all(databases.map((database) => database.stop()));
  postgres.remove();
});

type Sample = { at: number; ms: number; status: number | 'no answer'; message?: string; retryAfter?: string | null };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// However the server runs: one process, several workers, or through PgBouncer (which stays up and
// keeps client connections while the database behind it is gone).
describe.each(serverSetups)('$setup', (setup) => {
  test('Postgres stopped and started under load: requests fail fast with 503 while it is down, and the server recovers by itself', async () => {
    const { claims, token } = desks.get(setup) ?? { claims: [], token: '' };
    const database = await setupDatabase(setup, databaseUrl);
    databases.push(database);
    const server = await startSetupServer(setup, { databaseUrl: database.databaseUrl });
    servers.push(server);
    const { url, child } = server;
    const started = Date.now();
    const samples: Sample[] = [];
    let running = true;
    // Each client alternates a list of reports with a save of its own claim's verdict.
    const client = async (claimId: string) => {
      let version: number | undefined;
      for (let request = 0; running; request += 1) {
        const sent = Date.now();
        try {
          const response =
            request % 2 === 0
              ? await fetch(`${url}/api/v1/reports`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) })
              : await putVerdict(url, token, claimId, { note: `save ${request}`, version });
          const body = (await response.json()) as { version?: number; current?: { version: number } | null; error?: { message: string } };
          if (response.status === 200 && body.version !== undefined) version = body.version;
          if (response.status === 409) version = body.current?.version;
          samples.push({ at: sent - started, ms: Date.now() - sent, status: response.status, message: body.error?.message, retryAfter: response.headers.get('retry-after') });
          // As a client honouring Retry-After would, but sooner, so the outage gets many requests.
          if (response.status === 503) await pause(100);
        } catch {
          samples.push({ at: sent - started, ms: Date.now() - sent, status: 'no answer' });
        }
      }
    };
    const load = Promise.all(claims.map((claim) => client(claim.id)));

    await waitUntil('20 answers before the outage', () => samples.filter((sample) => sample.status === 200).length >= 20, 15_000);
    const stoppedAt = Date.now() - started;
    postgres.stop();
    // The first second of the outage is left out of the checks (requests under way when it began).
    await waitUntil('20 requests a second into the outage', () => samples.filter((sample) => sample.at > stoppedAt + 1_000).length >= 20, 15_000);
    const restartedAt = Date.now() - started;
    postgres.start();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && samples.filter((sample) => sample.at > restartedAt && sample.status === 200).length < 20) await pause(100);
    running = false;
    await load;

    const before = samples.filter((sample) => sample.at + sample.ms < stoppedAt);
    const down = samples.filter((sample) => sample.at > stoppedAt + 1_000 && sample.at < restartedAt);
    const after = samples.filter((sample) => sample.at > restartedAt).slice(-20);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((sample) => sample.status !== 200)).toEqual([]);
    // No request hangs past 5 s, and none fails with anything but a 503 (or a conflict a save cut
    // off by the outage leaves behind).
    expect(samples.filter((sample) => sample.ms > 5_000)).toEqual([]);
    expect(samples.filter((sample) => ![200, 409, 503].includes(sample.status as number)), server.output()).toEqual([]);
    expect(down.length).toBeGreaterThan(0);
    for (const sample of down) {
      expect(sample).toMatchObject({ status: 503, message: 'The database is busy or unreachable: try again in a moment', retryAfter: '5' });
    }
    // Back without a restart: the same process answers 200 again.
    expect(after).toHaveLength(20);
    expect(after.filter((sample) => sample.status !== 200)).toEqual([]);
    expect(child.exitCode).toBeNull();
  });
});
