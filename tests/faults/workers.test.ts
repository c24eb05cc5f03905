import { once } from 'node:events';
import { Agent, get, request, type IncomingMessage } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { startAppServer, type AppServer } from '../../tooling/app-server';
import { createTestUser } from '../support/factories';
import { childPids, pidsConnectedTo } from '../support/server-workers';
import { putVerdict, runVerdictWriter } from '../support/verdict-writer';
import { waitForLockWaits, waitUntil } from '../support/wait-until';

const databaseUrl = () => process.env.DATABASE_URL ?? '';
const servers: AppServer[] = [];
let server: AppServer;

async function reviewerWithClaims(title: string) {
  const body = `Envoys met in Seoul for the ${title} talks. They spoke of cyber theft. Officials named no figures.`;
  const report = await importReport({ actor: cliActor, input: { outlet: 'Worker Wire', title, body } });
  const claims = await db.claim.findMany({ where: { reportId: report.id, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } });
  const reviewer = await createTestUser();
  const { token } = await issueApiToken({ actor: cliActor, input: { email: reviewer.email } });
  return { claims, reviewer, token };
}

async function startWorkers(): Promise<AppServer> {
  const started = await startAppServer({ databaseUrl: databaseUrl(), workers: 2 });
  servers.push(started);
  await waitUntil('two workers', () => childPids(started.child.pid ?? 0).length === 2, 30_000);
  return started;
}

/** GET on a connection of its own: the workers are handed connections, not requests. */
async function statusOnNewConnection(url: string): Promise<number> {
  const answer = get(url, { agent: false, timeout: 5_000 });
  answer.on('timeout', () => answer.destroy(new Error(`No answer from ${url} within 5 s`)));
  const [response] = (await once(answer, 'response')) as [IncomingMessage];
  response.resume();
  return response.statusCode ?? 0;
}

/** Health checks until the workers in `pids` have each answered one (which reads the database). */
async function waitUntilServedBy(url: string, pids: number[]) {
  await waitUntil(`requests served by ${pids.join(' and ')}`, async () => {
    await Promise.all(Array.from({ length: 4 }, () => statusOnNewConnection(`${url}/api/health`)));
    const connected = await pidsConnectedTo(databaseUrl());
    return pids.every((pid) => connected.has(pid));
  }, 20_000);
}

beforeAll(async () => {
  server = await startWorkers();
});

afterAll(async () => {
  await Promise.all(servers.map((started) => started.kill()));
});

test('two workers on one port share the load, and 30 writers saving through them keep versions gapless with one audit event per save', async () => {
  const { claims, reviewer, token } = await reviewerWithClaims('Workers');
  const deadline = Date.now() + 5_000;
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, writer) =>
      runVerdictWriter({ serverUrls: [server.url], token, claimId: claims[writer % claims.length]?.id ?? '', name: `writer ${writer}`, keepGoing: () => Date.now() < deadline }),
    ),
  );

  const workers = childPids(server.child.pid ?? 0);
  const connected = await pidsConnectedTo(databaseUrl());
  expect(workers.filter((pid) => connected.has(pid))).toHaveLength(2);
  expect(results.flatMap((result) => result.failures)).toEqual([]);
  expect(results.reduce((total, result) => total + result.unavailable, 0)).toBe(0);
  expect(results.reduce((total, result) => total + result.conflicts, 0)).toBeGreaterThan(0);
  const acknowledged = results.flatMap((result) => result.acknowledged);
  for (const { id: claimId } of claims) {
    const saves = acknowledged.filter((write) => write.claimId === claimId).sort((a, b) => a.version - b.version);
    expect(saves.map((write) => write.version)).toEqual(saves.map((_, index) => index + 1));
    const stored = await db.verdict.findFirstOrThrow({ where: { claimId, reviewerId: reviewer.id }, select: { id: true, version: true } });
    expect(stored.version).toBe(saves.length);
    const events = await db.auditEvent.findMany({ where: { entityId: stored.id, action: 'verdict.saved' }, orderBy: { sequence: 'asc' }, select: { after: true } });
    expect(events.map((event) => (event.after as { note: string }).note)).toEqual(saves.map((write) => write.note));
  }
  expect(await verifyAuditChain()).toMatchObject({ ok: true });
});

test('a worker killed with SIGKILL is replaced by a new one, and the survivor serves every new connection meanwhile', async () => {
  const primary = server.child.pid ?? 0;
  const [killed, survivor] = childPids(primary);
  if (!killed || !survivor) throw new Error('two workers expected');
  process.kill(killed, 'SIGKILL');
  // A connection handed to the worker as it died is reset, as in any crash; once the primary has
  // seen it go, every new connection goes to the survivor while the replacement starts.
  await waitUntil('the primary to see the worker exit', () => server.output().includes(`Worker ${killed} exited (signal SIGKILL): starting another`));
  const statuses = await Promise.all(Array.from({ length: 4 }, () => statusOnNewConnection(`${server.url}/api/health`)));
  expect(statuses).toEqual([200, 200, 200, 200]);

  await waitUntil('a new worker', () => childPids(primary).some((pid) => pid !== survivor && pid !== killed));
  const replacement = childPids(primary).find((pid) => pid !== survivor && pid !== killed);
  await waitUntilServedBy(server.url, [survivor, replacement ?? 0]);
});

test('SIGTERM lets a save in flight finish and answer, refuses new connections meanwhile, then the server exits 0', async () => {
  const stopping = await startWorkers();
  const { claims: [claim], reviewer, token } = await reviewerWithClaims('Shutdown');
  const first = await putVerdict(stopping.url, token, claim?.id ?? '', { note: 'first' });
  expect(first.status).toBe(200);

  // Hold the verdict's row, so the next save waits inside a worker until we let it go.
  const holder = new pg.Client({ connectionString: databaseUrl() });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM verdicts WHERE claim_id = $1 AND reviewer_id = $2 FOR UPDATE', [claim?.id, reviewer.id]);
  const agent = new Agent({ keepAlive: true });
  const body = JSON.stringify({ label: 'single_source', note: 'in flight', version: 1 });
  const save = request(`${stopping.url}/api/v1/claims/${claim?.id}/verdict`, {
    method: 'PUT',
    agent,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answered = once(save, 'response');
  save.end(body);
  // The save's version-checked update waits for the held row.
  await waitForLockWaits(databaseUrl(), 'UPDATE "public"."verdicts"', 1);

  const exited = once(stopping.child, 'exit');
  stopping.child.kill('SIGTERM');
  await waitUntil('new connections refused', () => fetch(`${stopping.url}/api/health`).then(() => false, () => true));
  await holder.query('COMMIT');
  await holder.end();

  const [response] = (await answered) as [IncomingMessage];
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  expect(response.statusCode).toBe(200);
  expect(JSON.parse(Buffer.concat(chunks).toString())).toMatchObject({ version: 2, note: 'in flight' });
  const [code] = (await exited) as [number | null];
  expect(code).toBe(0);
  agent.destroy();
});
