import { randomUUID } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { listExportReports } from '@/lib/export/read-export-events';
import { archiveReport } from '@/lib/reports/archive-report';
import { getReport } from '@/lib/reports/get-report';
import { importReport } from '@/lib/reports/import-report';
import { listReports } from '@/lib/reports/list-reports';
import { reviseReport } from '@/lib/reports/revise-report';
import { getComparison } from '@/lib/review/get-comparison';
import { saveVerdict } from '@/lib/review/save-verdict';
import { suggestEvidence } from '@/lib/review/suggest-evidence';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { getDashboard } from '@/lib/workflow/get-dashboard';
import { listMyAssignments } from '@/lib/workflow/list-my-assignments';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';
import { routeResponse } from '../../support/permission-calls';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser;
let alice: TestUser;

beforeAll(async () => {
  ({ editor, alice } = await createReviewTeam());
});

/** A report with a reviewer assigned and one verdict: one that cannot be deleted. */
async function reviewedReport(fact = `Flood barriers at Marlow held on Monday (${randomUUID().slice(0, 8)}).`) {
  const title = `Marlow floods ${randomUUID().slice(0, 8)}`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title, body: `${fact}\n\nRescue teams stayed until Friday.` } });
  await assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: alice.id } });
  const [first, second] = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  if (!first || !second) throw new Error('expected two sentences for review');
  await saveVerdict({ actor: alice.actor, input: { claimId: first.id, label: 'single_source', note: '' } });
  return { reportId, title, claimId: first.id, otherSentenceId: second.sentenceId };
}

async function refusal(work: () => Promise<unknown>): Promise<AppError> {
  const error = await work().then(() => null, (caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const listed = async (archived?: 'include' | 'only') => (await listReports({ actor: editor.actor, input: { limit: 200, ...(archived ? { archived } : {}) } })).items.map((item) => item.id);

test('an archived report leaves the lists, the dashboard and assignments, still opens by its id, and stays in exports', async () => {
  const { reportId, title } = await reviewedReport();
  expect(await listed()).toContain(reportId);

  const archived = await archiveReport({ actor: editor.actor, input: { reportId, archived: true, reason: 'Duplicate of the wire copy' } });
  expect(archived.archivedAt).not.toBeNull();

  expect(await listed()).not.toContain(reportId);
  expect(await listed('include')).toContain(reportId);
  const only = (await listReports({ actor: editor.actor, input: { limit: 200, archived: 'only' } })).items;
  expect(only.find((item) => item.id === reportId)).toMatchObject({ title, archivedAt: archived.archivedAt });
  expect(only.every((item) => item.archivedAt !== null)).toBe(true);
  expect((await getDashboard({ actor: editor.actor })).reports.map((report) => report.id)).not.toContain(reportId);
  expect((await listMyAssignments({ actor: alice.actor })).map((report) => report.id)).not.toContain(reportId);
  expect((await getComparison({ actor: editor.actor, input: {} })).reports.map((report) => report.id)).not.toContain(reportId);

  expect((await getReport({ actor: alice.actor, input: { reportId } })).title).toBe(title);
  expect((await listExportReports()).map((report) => report.id)).toContain(reportId);

  const event = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'report.archived' } });
  expect(event).toMatchObject({ entityType: 'report', entityId: reportId, actorId: editor.id, reason: 'Duplicate of the wire copy', before: { archivedAt: null }, after: { archivedAt: archived.archivedAt } });
});

test('nothing in an archived report can change until it is brought back', async () => {
  const { reportId, claimId, otherSentenceId } = await reviewedReport();
  await archiveReport({ actor: editor.actor, input: { reportId, archived: true } });
  const before = await db.verdict.findMany({ where: { claim: { reportId } }, select: { label: true, version: true } });

  const changes: [string, () => Promise<unknown>][] = [
    ['a verdict', () => saveVerdict({ actor: alice.actor, input: { claimId, label: 'disputed', note: 'Contradicted', evidence: [{ url: 'https://example.org/a', quote: 'No', relation: 'contradicts' }] } })],
    ['a claim', () => createClaim({ actor: alice.actor, input: { sentenceId: otherSentenceId, start: 0, end: 6 } })],
    ['a revision', () => reviseReport({ actor: editor.actor, input: { reportId, body: `Corrected text ${randomUUID()}.` } })],
    ['the status', () => changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } })],
    ['the settings', () => updateReviewSettings({ actor: editor.actor, input: { reportId, blindReview: false } })],
    ['an assignment', async () => assignReviewer({ actor: editor.actor, input: { reportId, reviewerId: editor.id } })],
    ['a completed review', () => completeReview({ actor: alice.actor, input: { reportId } })],
  ];
  for (const [what, change] of changes) {
    const error = await refusal(change);
    expect({ what, code: error.code, message: error.message }).toEqual({ what, code: 'locked', message: expect.stringContaining('This report is archived') });
  }
  expect(await db.verdict.findMany({ where: { claim: { reportId } }, select: { label: true, version: true } })).toEqual(before);
  expect(await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { revision: true, status: true, blindReview: true } })).toEqual({ revision: 1, status: 'in_review', blindReview: true });

  await archiveReport({ actor: editor.actor, input: { reportId, archived: false, reason: 'Needed after all' } });
  expect(await listed()).toContain(reportId);
  await saveVerdict({ actor: alice.actor, input: { claimId, version: 1, label: 'corroborated', note: '', evidence: [{ url: 'https://example.org/b', quote: 'Yes', relation: 'supports' }] } });
  expect((await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'report.unarchived' } })).reason).toBe('Needed after all');
});

test('evidence suggestions leave out the sentences of archived reports', async () => {
  const marker = randomUUID().slice(0, 8);
  const fact = `Quarrymen in Zelbrook${marker} unearthed a bronze anchor near the old ferry landing.`;
  const claimed = await reviewedReport(fact);
  const source = await reviewedReport(`Workers at Zelbrook${marker} quarry found a bronze anchor by the old ferry landing.`);
  const suggested = async () => (await suggestEvidence({ actor: alice.actor, input: { claimId: claimed.claimId, limit: 5 } })).suggestions.map((suggestion) => suggestion.reportId);

  expect(await suggested()).toContain(source.reportId);
  await archiveReport({ actor: editor.actor, input: { reportId: source.reportId, archived: true } });
  expect(await suggested()).not.toContain(source.reportId);
});

test('only editors and admins archive; archiving twice, or bringing back one not archived, is refused naming the field', async () => {
  const { reportId } = await reviewedReport();
  expect(await refusal(() => archiveReport({ actor: alice.actor, input: { reportId, archived: true } }))).toMatchObject({ code: 'forbidden' });
  expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).archivedAt).toBeNull();

  expect(await refusal(() => archiveReport({ actor: editor.actor, input: { reportId, archived: false } }))).toMatchObject({ code: 'conflict', field: 'archived' });
  await archiveReport({ actor: editor.actor, input: { reportId, archived: true } });
  expect(await refusal(() => archiveReport({ actor: editor.actor, input: { reportId, archived: true } }))).toMatchObject({ code: 'conflict', field: 'archived', message: 'This report is already archived.' });
  expect(await db.auditEvent.count({ where: { reportId, action: 'report.archived' } })).toBe(1);

  expect(await refusal(() => archiveReport({ actor: editor.actor, input: { reportId: randomUUID(), archived: true } }))).toMatchObject({ code: 'not_found', field: 'reportId' });
  expect(await refusal(() => archiveReport({ actor: editor.actor, input: { reportId, archived: 'yes' } }))).toMatchObject({ code: 'invalid', field: 'archived' });
  expect(await refusal(() => listReports({ actor: editor.actor, input: { archived: 'all' } }))).toMatchObject({ code: 'invalid', field: 'archived' });
});

test('POST and DELETE /api/v1/reports/{id}/archive; GET /api/v1/reports?archived=only', async () => {
  const tokenOf = async (user: TestUser) => (await issueApiToken({ actor: cliActor, input: { email: user.email, name: 'archive' } })).token;
  const [editorToken, reviewerToken] = [await tokenOf(editor), await tokenOf(alice)];
  const { reportId } = await reviewedReport();
  const archive = (token: string, method: 'POST' | 'DELETE') =>
    routeResponse(token, method, '/api/v1/reports/[reportId]/archive', { reportId }, method === 'POST' ? { body: { reason: 'Old' } } : { query: { reason: 'Back' } });

  expect((await archive(reviewerToken, 'POST')).status).toBe(403);
  const archived = await archive(editorToken, 'POST');
  expect(archived.status).toBe(200);
  expect(await archived.json()).toMatchObject({ reportId, archivedAt: expect.any(String) });
  const onlyArchived = await routeResponse(editorToken, 'GET', '/api/v1/reports', {}, { query: { archived: 'only', limit: '200' } });
  expect(((await onlyArchived.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toContain(reportId);
  const saved = await routeResponse(reviewerToken, 'GET', '/api/v1/reports', {}, { query: { limit: '200' } });
  expect(((await saved.json()) as { items: { id: string }[] }).items.map((item) => item.id)).not.toContain(reportId);
  expect((await archive(editorToken, 'POST')).status).toBe(409);

  expect((await archive(editorToken, 'DELETE')).status).toBe(200);
  expect((await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'report.unarchived' } })).reason).toBe('Back');
});
