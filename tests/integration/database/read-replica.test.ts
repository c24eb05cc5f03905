import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createDatabase, databaseUrl as urlOfDatabase } from '../../../tooling/test-database';
import { createScratchPostgres, createScratchStandby, type ScratchPostgres } from '../../support/scratch-postgres';
import type { TestUser } from '../../support/review-team';
import { waitUntil } from '../../support/wait-until';

// A primary and a streaming replica of it, each a cluster of this file's own; lib/ is pointed at
// both before it loads. Replay is paused on the replica to make it lag on purpose.
const primary: ScratchPostgres = await createScratchPostgres();
const databaseUrl = await createDatabase(primary.serverUrl, 'factcheck');
const standby: ScratchPostgres = await createScratchStandby(primary);
process.env.DATABASE_URL = databaseUrl;
process.env.DATABASE_REPLICA_URL = urlOfDatabase(standby.serverUrl, 'factcheck');
process.env.DATABASE_REPLICA_MAX_LAG_MS = '5000';
// The replica replays the migrations as it replays everything else.
const { applyMigrations } = await import('@/lib/migrations/apply-migrations');
await applyMigrations(databaseUrl);

// Imported only now: they load lib/db, which reads the settings above once.
const { createReviewTeam } = await import('../../support/review-team');
const { createTestUser } = await import('../../support/factories');
const { cliActor } = await import('@/lib/actor');
const { db } = await import('@/lib/db');
const { replica } = await import('@/lib/database/replica');
const { importReport } = await import('@/lib/reports/import-report');
const { createStory } = await import('@/lib/stories/create-story');
const { getDashboard } = await import('@/lib/workflow/get-dashboard');
const { assignReviewer } = await import('@/lib/workflow/assign-reviewer');
const { listAuditEvents } = await import('@/lib/audit-history/list-audit-events');
const { getAuditFilterOptions } = await import('@/lib/audit-history/get-audit-filter-options');
const { exportAuditEvents } = await import('@/lib/audit-history/export-audit-events');
const { exportVerdicts } = await import('@/lib/export/export-verdicts');
const { getAgreement } = await import('@/lib/agreement/get-agreement');
const { getStoryFacts } = await import('@/lib/facts/get-story-facts');
const { saveVerdict } = await import('@/lib/review/save-verdict');
const { getReviewWorkspace } = await import('@/lib/review/get-review-workspace');
const { checkHealth } = await import('@/lib/health/check-health');

async function query<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const onReplica = <Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) => query<Row>(process.env.DATABASE_REPLICA_URL ?? '', text, values);

let team: { editor: TestUser; alice: TestUser; bob: TestUser };
/** Editors who only read: no change of theirs for the replica to miss (an export is a change: it is audited). */
let reader: TestUser;
let exporter: TestUser;
let reportId: string;
let storyId: string;

/** Renames the report and its story on the primary behind the app's back: a change no reader made. */
async function renameOnPrimary(name: string) {
  await query(databaseUrl, 'UPDATE reports SET title = $1 WHERE id = $2', [name, reportId]);
  await query(databaseUrl, 'UPDATE stories SET title = $1 WHERE id = $2', [name, storyId]);
}

async function replicaTitle(): Promise<string | undefined> {
  return (await onReplica<{ title: string }>('SELECT title FROM reports WHERE id = $1', [reportId]))[0]?.title;
}

/** Renames on the primary and waits for the replica to replay it, then pauses replay: the replica's newest commit is that one. */
async function renameThenPauseReplay(name: string) {
  await renameOnPrimary(name);
  await waitUntil(`the replica to replay "${name}"`, async () => (await replicaTitle()) === name);
  await onReplica('SELECT pg_wal_replay_pause()');
  await waitUntil('replay to pause', async () => (await onReplica<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state'))[0]?.state === 'paused');
}

async function resumeReplay() {
  await onReplica('SELECT pg_wal_replay_resume()');
}

/** The report's name on the dashboard, the audit filter, the fact map and a readable export, as `reader` sees them. */
async function namesRead(actor = reader.actor) {
  const dashboard = await getDashboard({ actor });
  const filters = await getAuditFilterOptions({ actor });
  const facts = await getStoryFacts({ actor, input: { storyId } });
  return {
    dashboard: dashboard.reports.find((report) => report.id === reportId)?.title,
    auditFilter: filters.reports.find((report) => report.id === reportId)?.name,
    factMap: facts.story.title,
  };
}

async function exportedText(result: { body: ReadableStream<Uint8Array> }): Promise<string> {
  return new Response(result.body).text();
}

beforeAll(async () => {
  team = await createReviewTeam();
  [reader, exporter] = await Promise.all([createTestUser({ role: 'editor' }), createTestUser({ role: 'editor' })]);
  const report = await importReport({ actor: cliActor, input: { outlet: 'Replica Wire', title: 'Seoul talks', body: 'Envoys met in Seoul. They spoke of cyber theft. Officials named no figures. The talks ended.' } });
  reportId = report.id;
  storyId = (await createStory({ actor: cliActor, input: { title: 'Seoul talks', reportIds: [reportId] } })).id;
  await assignReviewer({ actor: team.editor.actor, input: { reportId, reviewerId: team.alice.id } });
});

afterAll(async () => {
  await replica?.db.$disconnect();
  await db.$disconnect();
  standby.remove();
  primary.remove();
});

test('reads that can lag come from the replica while it keeps within the limit: a change it has not replayed is not in them', async () => {
  await renameThenPauseReplay('Seoul talks (replayed)');
  await renameOnPrimary('Seoul talks (primary only)');

  expect(await namesRead()).toEqual({ dashboard: 'Seoul talks (replayed)', auditFilter: expect.stringContaining('Seoul talks (replayed)'), factMap: 'Seoul talks (replayed)' });
  const readable = await exportedText(await exportVerdicts({ actor: exporter.actor, input: { format: 'html', scope: 'all', reportId }, origin: 'http://localhost', requestUrl: 'http://localhost/export' }));
  expect(readable).toContain('Seoul talks (replayed)');
  expect(readable).not.toContain('primary only');
  expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date', replica: 'serving the reads that can lag' });
});

test('a replica lagging past DATABASE_REPLICA_MAX_LAG_MS: the same reads come from the primary, with the newest change', async () => {
  // Replay is still paused, so the change is on the primary only; the replica falls behind as time passes.
  await waitUntil('reads to come from the primary', async () => (await namesRead()).dashboard === 'Seoul talks (primary only)', 15_000);
  expect(await replicaTitle()).toBe('Seoul talks (replayed)');
  expect(await namesRead()).toEqual({ dashboard: 'Seoul talks (primary only)', auditFilter: expect.stringContaining('Seoul talks (primary only)'), factMap: 'Seoul talks (primary only)' });
  // Health tells an operator why, and stays ok: nobody gets an error for it.
  expect(await checkHealth()).toMatchObject({ status: 'ok', replica: 'not in use, its reads go to the primary: behind the primary by more than DATABASE_REPLICA_MAX_LAG_MS (5000 ms)' });
  await resumeReplay();
});

test('what a reader just changed, and the history an audit export must reach, are read from the primary while others read the replica', async () => {
  await renameThenPauseReplay('Seoul talks (before the changes)');
  await renameOnPrimary('Seoul talks (primary only again)');
  // The last check may still be the one that found the replica lagging: it is looked at again a second later.
  await waitUntil('the replica to serve the reader again', async () => (await namesRead()).dashboard === 'Seoul talks (before the changes)', 5_000);
  const [claim] = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, take: 1, select: { id: true } });
  await saveVerdict({ actor: team.alice.actor, input: { claimId: claim?.id, label: 'single_source', note: 'Only the wire says so' } });
  expect(JSON.stringify(await getReviewWorkspace({ actor: team.alice.actor, input: { reportId } }))).toContain('Only the wire says so');

  await assignReviewer({ actor: team.editor.actor, input: { reportId, reviewerId: team.bob.id } });
  const dashboard = await getDashboard({ actor: team.editor.actor });
  expect(dashboard.reports.find((report) => report.id === reportId)?.reviewers.map((reviewer) => reviewer.reviewerId)).toContain(team.bob.id);
  const [newest] = (await listAuditEvents({ actor: team.editor.actor, input: { limit: 1 } })).items;
  expect(newest).toMatchObject({ action: 'assignment.added', actor: { id: team.editor.id } });
  expect(await namesRead(team.editor.actor)).toMatchObject({ dashboard: 'Seoul talks (primary only again)', factMap: 'Seoul talks (primary only again)' });
  expect((await getAgreement({ actor: team.editor.actor, input: { reportId } })).claims.map((agreed) => agreed.claimId)).toContain(claim?.id);

  // The reader changed nothing: still the replica, which has not replayed the changes.
  expect(await namesRead()).toMatchObject({ dashboard: 'Seoul talks (before the changes)', factMap: 'Seoul talks (before the changes)' });
  // An export holds the history up to its own start, so the replica, without the newest events, cannot serve it.
  const history = JSON.parse(await exportedText(await exportAuditEvents({ actor: reader.actor, input: { format: 'json' } }))) as { action: string; actor: { id: string } | null }[];
  expect(history[0]).toMatchObject({ action: 'assignment.added', actor: { id: team.editor.id } });
  expect(history.some((event) => event.action === 'verdict.saved' && event.actor?.id === team.alice.id)).toBe(true);
  await resumeReplay();
});

test('a stopped replica: every read answers from the primary, without an error, and the replica serves again once it is back', async () => {
  await renameThenPauseReplay('Seoul talks (before the stop)');
  const whileStopped = 'Seoul talks (replica stopped)';
  await renameOnPrimary(whileStopped);
  await waitUntil('the replica to serve the reader', async () => (await namesRead()).dashboard === 'Seoul talks (before the stop)', 5_000);
  // Stopped while the last check found it in order: the first reads fail on it and are read again on the primary.
  standby.stop();
  expect(await namesRead()).toEqual({ dashboard: whileStopped, auditFilter: expect.stringContaining(whileStopped), factMap: whileStopped });
  expect((await listAuditEvents({ actor: reader.actor, input: {} })).items.length).toBeGreaterThan(0);
  expect(await getAgreement({ actor: reader.actor, input: { reportId } })).toMatchObject({ reportId });
  expect(await exportedText(await exportVerdicts({ actor: reader.actor, input: { format: 'csv', scope: 'all', reportId }, origin: 'http://localhost', requestUrl: 'http://localhost/export' }))).toContain('Only the wire says so');
  await waitUntil('health to look at the stopped replica again', async () => /^not in use, its reads go to the primary: unreachable: /.test((await checkHealth()).replica ?? ''), 5_000);
  expect(await checkHealth()).toMatchObject({ status: 'ok', database: 'ok' });

  standby.start();
  await renameThenPauseReplay('Seoul talks (replica back)');
  await renameOnPrimary('Seoul talks (after it came back)');
  // The reader's own export above is an audit event the replica has replayed, so it serves them again.
  await waitUntil('the replica to serve reads again', async () => (await namesRead()).dashboard === 'Seoul talks (replica back)', 5_000);
  await resumeReplay();
});
