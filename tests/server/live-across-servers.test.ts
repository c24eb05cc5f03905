import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { startAppServer, type AppServer } from '../../tooling/app-server';
import { createTestUser } from '../support/factories';
import { readLiveStream, type LiveReader } from '../support/live-stream';
import { putVerdict } from '../support/verdict-writer';

// Two server processes on one database, as behind a load balancer: a page following a report on
// one hears the saves made through the other (PostgreSQL's LISTEN/NOTIFY), and after the server it
// followed on restarts, it resumes from the last event it heard without missing one.

const databaseUrl = () => process.env.DATABASE_URL ?? '';
const authSecret = randomBytes(32).toString('base64url');
let servers: AppServer[] = [];
let reportId: string;
let claimIds: string[];
let editorToken: string;
let reviewerToken: string;

beforeAll(async () => {
  servers = await Promise.all([startAppServer({ databaseUrl: databaseUrl(), authSecret }), startAppServer({ databaseUrl: databaseUrl(), authSecret })]);
  reportId = (await importReport({ actor: cliActor, input: { outlet: 'Relay Wire', body: 'Envoys met in Seoul on Friday. They spoke of cyber theft. Officials named no figures.' } })).id;
  claimIds = (await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true } })).map((claim) => claim.id);
  const [editor, reviewer] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser({ name: 'Rita Reviewer' })]);
  editorToken = (await issueApiToken({ actor: cliActor, input: { email: editor.email } })).token;
  reviewerToken = (await issueApiToken({ actor: cliActor, input: { email: reviewer.email } })).token;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
});

async function follow(server: AppServer, lastEventId?: string): Promise<LiveReader> {
  const response = await fetch(`${server.url}/api/v1/reports/${reportId}/live`, {
    headers: { authorization: `Bearer ${editorToken}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  if (!response.body) throw new Error('no body');
  const reader = readLiveStream(response.body);
  await reader.waitFor('the opening comment', () => /retry: 3000/.test(reader.text()));
  return reader;
}

test('a save through one server reaches a page following on the other', async () => {
  const [first, second] = servers;
  if (!first || !second) throw new Error('two servers expected');
  const page = await follow(first);
  const saved = await putVerdict(second.url, reviewerToken, claimIds[0] ?? '', { note: 'through the other server' });
  expect(saved.status).toBe(200);
  await page.waitFor('the save', (events) => events.some((event) => event.data.action === 'verdict.saved' && event.data.actor === 'Rita Reviewer'));
  await page.close();
});

test('after the server a page followed on restarts, the page resumes from its last event and misses none', async () => {
  const [first, second] = servers;
  if (!first || !second) throw new Error('two servers expected');
  const page = await follow(first);
  expect((await putVerdict(second.url, reviewerToken, claimIds[1] ?? '', { note: 'before the restart' })).status).toBe(200);
  await page.waitFor('the first save', (events) => events.length === 1);
  const lastSeen = page.events().at(-1)?.id;

  // A stopping server cuts its live streams instead of waiting for them to end, and exits 0.
  const stopping = Date.now();
  await first.stop();
  expect(first.child.exitCode).toBe(0);
  expect(Date.now() - stopping).toBeLessThan(10_000);
  // Saved while the page had no server to follow on.
  for (const note of ['while it was down', 'and again']) expect((await putVerdict(second.url, reviewerToken, claimIds[2] ?? '', { note, version: note === 'and again' ? 1 : undefined })).status).toBe(200);
  const restarted = await startAppServer({ databaseUrl: databaseUrl(), authSecret, port: first.port });
  servers[0] = restarted;
  const resumed = await follow(restarted, lastSeen);
  await resumed.waitFor('the two saves made while it was down', (events) => events.length === 2);
  expect((await putVerdict(second.url, reviewerToken, claimIds[0] ?? '', { note: 'after the restart', version: 1 })).status).toBe(200);
  await resumed.waitFor('the save after the restart', (events) => events.length === 3);
  expect(resumed.events().map((event) => BigInt(event.id) > BigInt(lastSeen ?? '0'))).toEqual([true, true, true]);
  await Promise.all([page.close(), resumed.close()]);
});
