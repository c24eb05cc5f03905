import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/audit-chain';
import { getAuditFilterOptions } from '@/lib/audit-history/get-audit-filter-options';
import { listAuditEvents } from '@/lib/audit-history/list-audit-events';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { deleteReport } from '@/lib/reports/delete-report';
import { importReport } from '@/lib/reports/import-report';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { reviseReport } from '@/lib/reports/revise-report';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { saveVerdict } from '@/lib/review/save-verdict';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { completeReview } from '@/lib/workflow/complete-review';
import { createReviewTeam, type TestUser } from '../../support/review-team';
import { page, startPageServer, type PageServer } from '../../support/page-server';
import { routeResponse } from '../../support/permission-calls';
import { waitForLockWaits } from '../../support/wait-until';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { cliActor } from '@/lib/actor';

let editor: TestUser;
let alice: TestUser;
let bob: TestUser;
let pages: PageServer;

beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
  pages = await startPageServer({
    '/story': (request, response) =>
      page(`<html><head><title>Bad import ${new URL(request.url ?? '', pages.origin).searchParams.get('tag')}</title></head><body><p>Raw page text. It was imported by mistake.</p></body></html>`)(
        request,
        response,
      ),
  });
  process.env.FACTCHECK_FETCH_ALLOWED_HOSTS = '127.0.0.1';
});

afterAll(async () => {
  delete process.env.FACTCHECK_FETCH_ALLOWED_HOSTS;
  await pages.stop();
});

async function newReport(title = `Bad import ${randomUUID().slice(0, 8)}`) {
  const body = `<!DOCTYPE html> ${title}. <script>track()</script> Rescue teams reached Marlow on Monday.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title, body } });
  const claim = await db.claim.findFirstOrThrow({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  return { reportId, title, body, claimId: claim.id, sentenceId: claim.sentenceId };
}

/** Every row of every table that hangs off the report. */
async function rowsOf(reportId: string) {
  const where = { reportId };
  return {
    reports: await db.report.count({ where: { id: reportId } }),
    sentences: await db.sentence.count({ where }),
    claims: await db.claim.count({ where }),
    revisions: await db.reportRevision.count({ where }),
    snapshots: await db.reportSnapshot.count({ where }),
    assignments: await db.assignment.count({ where }),
    reviewCompletions: await db.reviewCompletion.count({ where }),
  };
}

const searchTerms = () => db.searchTerm.findMany({ orderBy: { lexeme: 'asc' } });

/** How a call ended: its result, or the AppError it threw. Settled at once, so a refusal is never left unhandled while the test waits. */
function outcome<T>(call: Promise<T>): Promise<{ value: T } | { error: AppError }> {
  return call.then(
    (value) => ({ value }),
    (error: unknown) => {
      if (error instanceof AppError) return { error };
      throw error;
    },
  );
}

test('an editor deletes a report without verdicts: everything hanging off it goes in one transaction, its audit events stay and the chain verifies', async () => {
  const termsBefore = await searchTerms();
  const tag = randomUUID().slice(0, 8);
  const { id: reportId, title } = await importReportFromUrl({ actor: editor.actor, input: { url: pages.url(`/story?tag=${tag}`) } });
  const { body } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { body: true } });
  await reviseReport({ actor: editor.actor, input: { reportId, body: `${body} A corrected sentence was added.` } });
  await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } });
  const sentence = await db.sentence.findFirstOrThrow({ where: { reportId, orphanedAt: null, kind: 'body' }, orderBy: { index: 'asc' } });
  await createClaim({ actor: alice.actor, input: { sentenceId: sentence.id, start: 0, end: 8 } });
  await completeReview({ actor: alice.actor, input: { reportId } });
  const stored = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  const currentSentences = await db.sentence.count({ where: { reportId, orphanedAt: null } });
  expect(await rowsOf(reportId)).toMatchObject({ reports: 1, revisions: 2, snapshots: 1, assignments: 1, reviewCompletions: 1 });
  const eventsBefore = await db.auditEvent.count({ where: { reportId } });

  await expect(deleteReport({ actor: editor.actor, input: { reportId, reason: 'Raw HTML imported as text' } })).resolves.toEqual({ reportId, outlet: stored.outlet, title });

  expect(await rowsOf(reportId)).toEqual({ reports: 0, sentences: 0, claims: 0, revisions: 0, snapshots: 0, assignments: 0, reviewCompletions: 0 });
  expect(await searchTerms(), 'its sentences are no longer counted in the search terms').toEqual(termsBefore);
  const events = await db.auditEvent.findMany({ where: { reportId }, orderBy: { sequence: 'asc' } });
  expect(events).toHaveLength(eventsBefore + 1);
  expect(events.map((event) => event.action)).toEqual(['report.imported', 'report.revised', 'assignment.added', 'claim.created', 'review.completed', 'report.deleted']);
  expect(events.at(-1)).toMatchObject({
    actorId: editor.id,
    entityType: 'report',
    entityId: reportId,
    reason: 'Raw HTML imported as text',
    before: { slug: stored.slug, outlet: stored.outlet, title, revision: 2, sentences: currentSentences, bodySha256: stored.bodySha256 },
    after: null,
  });
  expect(await verifyAuditChain()).toMatchObject({ ok: true });

  // The same text can be imported again: nothing of the deleted report is left to collide with.
  const again = await importReport({ actor: editor.actor, input: { outlet: stored.outlet, title, body: stored.body } });
  await deleteReport({ actor: editor.actor, input: { reportId: again.id } });
});

test('the history still names a deleted report, in its events and in its filter', async () => {
  const { reportId, title } = await newReport();
  await deleteReport({ actor: editor.actor, input: { reportId } });

  const { items } = await listAuditEvents({ actor: editor.actor, input: { reportId } });
  expect(items.map((item) => item.action)).toEqual(['report.deleted', 'report.imported']);
  for (const item of items) expect(item.report).toEqual({ id: reportId, name: `Deleted report “${title}”`, isDeleted: true });
  const options = await getAuditFilterOptions({ actor: editor.actor });
  expect(options.reports).toContainEqual({ id: reportId, name: `${title} (deleted)` });
  expect(options.reports.filter((report) => report.id === reportId)).toHaveLength(1);
});

test('a report with verdicts, a final verdict, or sentences cited as evidence is refused with 409, saying why, and nothing changes', async () => {
  const withVerdict = await newReport();
  await saveVerdict({ actor: alice.actor, input: { claimId: withVerdict.claimId, label: 'single_source', note: '' } });
  const withFinal = await newReport();
  await saveFinalVerdict({ actor: editor.actor, input: { claimId: withFinal.claimId, label: 'single_source', note: '' } });
  const cited = await newReport();
  const citing = await newReport();
  await saveVerdict({ actor: bob.actor, input: { claimId: citing.claimId, label: 'disputed', note: '', evidence: [{ sentenceId: cited.sentenceId, relation: 'contradicts' }] } });

  for (const [report, message] of [
    [withVerdict, 'This report has 1 verdict, so it cannot be deleted. Archive it instead: verdicts are kept'],
    [withFinal, 'This report has 1 verdict, so it cannot be deleted. Archive it instead: verdicts are kept'],
    [cited, 'Verdicts on other reports cite this report’s sentences as evidence 1 time, so it cannot be deleted. Archive it instead: verdicts are kept'],
  ] as const) {
    const rows = await rowsOf(report.reportId);
    const events = await db.auditEvent.count();
    await expect(deleteReport({ actor: editor.actor, input: { reportId: report.reportId } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(message) });
    expect(await rowsOf(report.reportId)).toEqual(rows);
    expect(await db.auditEvent.count()).toBe(events);
  }
});

test('reviewers are refused, bad ids name their field, and an unknown report is not found', async () => {
  const { reportId } = await newReport();
  await expect(deleteReport({ actor: alice.actor, input: { reportId } })).rejects.toMatchObject({ code: 'forbidden', message: 'Only editors and admins can delete reports' });
  await expect(deleteReport({ actor: editor.actor, input: { reportId: 'not-a-report' } })).rejects.toMatchObject({ code: 'invalid', field: 'reportId', message: 'reportId must be a report id' });
  await expect(deleteReport({ actor: editor.actor, input: { reportId, reason: 'x'.repeat(2_001) } })).rejects.toMatchObject({ code: 'invalid', field: 'reason' });
  await expect(deleteReport({ actor: editor.actor, input: { reportId: randomUUID() } })).rejects.toMatchObject({ code: 'not_found', field: 'reportId' });
  expect((await rowsOf(reportId)).reports).toBe(1);
});

test('DELETE /api/v1/reports/{id} answers 204, then 404; 409 for a report with verdicts; 403 for a reviewer', async () => {
  const tokenOf = async (user: TestUser) => (await issueApiToken({ actor: cliActor, input: { email: user.email, name: 'delete' } })).token;
  const [editorToken, reviewerToken] = [await tokenOf(editor), await tokenOf(alice)];
  const { reportId } = await newReport();
  const call = (token: string, id: string) => routeResponse(token, 'DELETE', '/api/v1/reports/[reportId]', { reportId: id }, { query: { reason: 'Duplicate' } });

  expect((await call(reviewerToken, reportId)).status).toBe(403);
  const deleted = await call(editorToken, reportId);
  expect(deleted.status).toBe(204);
  expect(await deleted.text()).toBe('');
  expect((await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'report.deleted' } })).reason).toBe('Duplicate');
  expect((await call(editorToken, reportId)).status).toBe(404);

  const reviewed = await newReport();
  await saveVerdict({ actor: alice.actor, input: { claimId: reviewed.claimId, label: 'single_source', note: '' } });
  const refused = await call(editorToken, reviewed.reportId);
  expect(refused.status).toBe(409);
  expect(await refused.json()).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('so it cannot be deleted') }, verdicts: 1 });
});

/** Holds the report's row lock in a connection of its own, as a transaction in flight would, until `release`. */
async function holdReportLock(reportId: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM reports WHERE id = $1 FOR UPDATE', [reportId]);
  return {
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

const databaseUrl = () => process.env.DATABASE_URL ?? '';

test('a verdict saved just before a delete is kept: the delete waits for it, then is refused', async () => {
  const { reportId, claimId } = await newReport();
  const lock = await holdReportLock(reportId);
  const saving = outcome(saveVerdict({ actor: alice.actor, input: { claimId, label: 'single_source', note: 'Saved first' } }));
  await waitForLockWaits(databaseUrl(), 'FOR SHARE', 1);
  const deleting = outcome(deleteReport({ actor: editor.actor, input: { reportId } }));
  await waitForLockWaits(databaseUrl(), 'FOR UPDATE', 1);
  await lock.release();

  expect(await saving).toMatchObject({ value: { label: 'single_source' } });
  expect(await deleting).toMatchObject({ error: { code: 'conflict' } });
  expect(await db.verdict.findFirst({ where: { claimId, reviewerId: alice.id } })).toMatchObject({ note: 'Saved first' });
  expect((await rowsOf(reportId)).reports).toBe(1);
});

test('a verdict saved just after a delete is refused as not found, never stored on a report that is gone', async () => {
  const { reportId, claimId } = await newReport();
  const lock = await holdReportLock(reportId);
  const deleting = outcome(deleteReport({ actor: editor.actor, input: { reportId } }));
  await waitForLockWaits(databaseUrl(), 'FOR UPDATE', 1);
  const saving = outcome(saveVerdict({ actor: alice.actor, input: { claimId, label: 'single_source', note: 'Saved second' } }));
  await waitForLockWaits(databaseUrl(), 'FOR SHARE', 1);
  await lock.release();

  expect(await deleting).toMatchObject({ value: { reportId } });
  expect(await saving).toMatchObject({ error: { code: 'not_found', field: 'reportId' } });
  expect(await db.verdict.count({ where: { claimId } })).toBe(0);
});

test('evidence citing the report, saved from another report while the delete runs, keeps the report: the delete is refused and changes nothing', async () => {
  const cited = await newReport();
  const citing = await newReport();
  const verdict = await saveVerdict({ actor: bob.actor, input: { claimId: citing.claimId, label: 'single_source', note: '' } });
  const rows = await rowsOf(cited.reportId);
  // The other report's save is mid-transaction: its evidence row holds a key-share lock on the cited sentence until it commits.
  const saver = new pg.Client({ connectionString: databaseUrl() });
  await saver.connect();
  await saver.query('BEGIN');
  await saver.query(`INSERT INTO evidence (id, verdict_id, position, relation, sentence_id) VALUES ($1, $2, 1, 'supports', $3)`, [randomUUID(), verdict.id, cited.sentenceId]);
  const deleting = outcome(deleteReport({ actor: editor.actor, input: { reportId: cited.reportId } }));
  await waitForLockWaits(databaseUrl(), 'DELETE', 1);
  await saver.query('COMMIT');
  await saver.end();

  expect(await deleting).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('nothing was deleted') } });
  expect(await rowsOf(cited.reportId)).toEqual(rows);
  expect(await db.auditEvent.count({ where: { reportId: cited.reportId, action: 'report.deleted' } })).toBe(0);
});
