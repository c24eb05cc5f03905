import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { getAgreement } from '@/lib/agreement/get-agreement';
import { cliActor } from '@/lib/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { saveVerdict } from '@/lib/review/save-verdict';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { getDashboard } from '@/lib/workflow/get-dashboard';
import { reopenReview } from '@/lib/workflow/reopen-review';
import { createReviewTeam, type TestUser } from '../../support/review-team';

let editor: TestUser, alice: TestUser, bob: TestUser;
beforeAll(async () => {
  ({ editor, alice, bob } = await createReviewTeam());
});

/** A report of the test's own: three sentences for review, each with its whole-sentence claim. */
async function reportToReview() {
  const tag = randomUUID().slice(0, 8);
  const body = `The ferry left Harwich at nine (${tag}). It carried 212 passengers. The crossing took seven hours.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Harbour Times', title: `Ferry ${tag}`, body } });
  const claims = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  const [first, second, third] = claims;
  if (claims.length !== 3 || !first || !second || !third) throw new Error(`Expected three claims, got ${claims.length}`);
  return { reportId, claims, first, second, third };
}

async function reportState(reportId: string) {
  const [verdicts, claims, events, completions] = await Promise.all([
    db.verdict.findMany({ where: { claim: { reportId } }, orderBy: { id: 'asc' }, select: { id: true, label: true, version: true } }),
    db.claim.findMany({ where: { reportId }, orderBy: { id: 'asc' }, select: { id: true, removedAt: true } }),
    db.auditEvent.count({ where: { reportId } }),
    db.reviewCompletion.findMany({ where: { reportId }, orderBy: { reviewerId: 'asc' } }),
  ]);
  return { verdicts, claims, events, completions };
}

async function routeStatus(token: string, method: string, modulePath: string, url: string, params: Record<string, string>, body?: unknown) {
  const routeModule = (await import(modulePath)) as Record<string, (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
  const handler = routeModule[method];
  if (!handler) throw new Error(`${modulePath} has no ${method}`);
  const headers = new Headers({ origin: 'http://localhost:3000', authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const response = await handler(new NextRequest(new URL(url, 'http://localhost:3000'), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; field?: string; message: string } } };
}

const singleSource = { label: 'single_source', note: '' };
const disputed = { label: 'disputed', note: 'The operator says 198', evidence: [{ url: 'https://ferries.example/log', quote: '198 passengers', relation: 'contradicts' }] };

describe('completing a review freezes that reviewer’s verdicts on the report', () => {
  test('a reviewer who completes with no verdicts can then save no verdict, make no claim and remove none, and nothing changes', async () => {
    const { reportId, claims, first, second } = await reportToReview();
    const ownClaim = await createClaim({ actor: alice.actor, input: { sentenceId: first.sentenceId, start: 0, end: 9 } });
    const completion = await completeReview({ actor: alice.actor, input: { reportId } });
    expect(completion).toMatchObject({ reportId, reviewerId: alice.id, unreviewedSentences: 3 });
    // Now unblinded: she sees Bob's verdicts from here on.
    await saveVerdict({ actor: bob.actor, input: { claimId: second.id, ...disputed } });
    const before = await reportState(reportId);

    for (const claim of claims) {
      await expect(saveVerdict({ actor: alice.actor, input: { claimId: claim.id, ...singleSource } })).rejects.toMatchObject({
        code: 'locked',
        message: expect.stringContaining('an editor must reopen it'),
      });
    }
    await expect(createClaim({ actor: alice.actor, input: { sentenceId: second.sentenceId, start: 0, end: 5 } })).rejects.toMatchObject({ code: 'locked' });
    await expect(removeClaim({ actor: alice.actor, input: { claimId: ownClaim.id } })).rejects.toMatchObject({ code: 'locked' });

    const { token } = await issueApiToken({ actor: cliActor, input: { email: alice.email } });
    const answer = await routeStatus(token, 'PUT', '@/app/api/v1/claims/[claimId]/verdict/route', `/api/v1/claims/${second.id}/verdict`, { claimId: second.id }, disputed);
    expect(answer.status).toBe(423);
    expect(answer.body.error?.message).toContain('marked your review of this report complete');
    expect(await reportState(reportId)).toEqual(before);

    // Another reviewer, and the same reviewer on another report, are not affected.
    await expect(saveVerdict({ actor: bob.actor, input: { claimId: first.id, ...singleSource } })).resolves.toMatchObject({ version: 1 });
    const other = await reportToReview();
    await expect(saveVerdict({ actor: alice.actor, input: { claimId: other.claims[0]?.id, ...singleSource } })).resolves.toMatchObject({ version: 1 });
  });

  test('completion records how many sentences for review had no verdict from the reviewer, in the row and the audit event', async () => {
    const { reportId, claims } = await reportToReview();
    for (const claim of claims.slice(0, 2)) await saveVerdict({ actor: alice.actor, input: { claimId: claim.id, ...singleSource } });
    // The page asks for none left first: the server counts, and asks back with its own figure.
    const before = await reportState(reportId);
    await expect(completeReview({ actor: alice.actor, input: { reportId, confirmUnreviewed: 0 } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'confirmUnreviewed',
      message: '1 sentence has no verdict from you. Complete anyway? You cannot change your verdicts afterwards without an editor.',
      details: { unreviewedSentences: 1 },
    });
    expect(await reportState(reportId)).toEqual(before);
    // A number the client sends about itself is never what is recorded.
    const completion = await completeReview({ actor: alice.actor, input: { reportId, confirmUnreviewed: 1, unreviewedSentences: 0 } });
    expect(completion.unreviewedSentences).toBe(1);
    const row = await db.reviewCompletion.findUniqueOrThrow({ where: { reportId_reviewerId: { reportId, reviewerId: alice.id } } });
    expect(row).toMatchObject({ unreviewedSentences: 1, reopenedAt: null });
    expect(row.firstCompletedAt).toEqual(row.completedAt);
    const event = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'review.completed' } });
    expect(event).toMatchObject({ before: null, after: { reviewerId: alice.id, unreviewedSentences: 1, status: 'complete' } });
    // Completing again changes nothing and writes nothing.
    const events = await db.auditEvent.count({ where: { reportId } });
    await completeReview({ actor: alice.actor, input: { reportId } });
    expect(await db.auditEvent.count({ where: { reportId } })).toBe(events);
  });

  test('an editor reopens one reviewer’s review with a reason, audited; the reviewer can then change verdicts, and completing again freezes them again', async () => {
    const { reportId, first } = await reportToReview();
    const saved = await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    await completeReview({ actor: alice.actor, input: { reportId } });
    const completed = await db.reviewCompletion.findUniqueOrThrow({ where: { reportId_reviewerId: { reportId, reviewerId: alice.id } } });

    const reason = 'She found the operator’s passenger log';
    const reopened = await reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason } });
    expect(reopened).toMatchObject({ reportId, reviewerId: alice.id, reopenedAt: expect.any(String), reason });
    const event = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'review.reopened' } });
    expect(event).toMatchObject({
      actorId: editor.id,
      entityType: 'review_completion',
      entityId: `${reportId}/${alice.id}`,
      reason,
      before: { reviewerId: alice.id, status: 'complete' },
      after: { reviewerId: alice.id, status: 'reopened' },
    });
    expect(await db.reviewCompletion.findUniqueOrThrow({ where: { reportId_reviewerId: { reportId, reviewerId: alice.id } } })).toMatchObject({
      reopenedById: editor.id,
      reopenReason: reason,
      firstCompletedAt: completed.firstCompletedAt,
    });

    const changed = await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...disputed, version: saved.version } });
    expect(changed.version).toBe(2);
    // Reopened, she stays unblinded: hiding the others again would be pointless.
    await expect(getAgreement({ actor: alice.actor, input: { reportId } })).resolves.toMatchObject({ reportId });

    await expect(reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason } })).rejects.toMatchObject({ code: 'conflict' });
    const again = await completeReview({ actor: alice.actor, input: { reportId } });
    expect(again.unreviewedSentences).toBe(2);
    const row = await db.reviewCompletion.findUniqueOrThrow({ where: { reportId_reviewerId: { reportId, reviewerId: alice.id } } });
    expect(row).toMatchObject({ reopenedAt: null, reopenedById: null, reopenReason: null, unreviewedSentences: 2, firstCompletedAt: completed.firstCompletedAt });
    expect(row.completedAt.getTime()).toBeGreaterThan(completed.completedAt.getTime());
    const recompleted = await db.auditEvent.findFirstOrThrow({ where: { reportId, action: 'review.completed' }, orderBy: { sequence: 'desc' } });
    expect(recompleted).toMatchObject({ before: { status: 'reopened' }, after: { status: 'complete', unreviewedSentences: 2 } });
    await expect(saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource, version: 2 } })).rejects.toMatchObject({ code: 'locked' });
  });

  test('only editors reopen, with a reason, and only a completed review; refusals change nothing', async () => {
    const { reportId } = await reportToReview();
    await completeReview({ actor: alice.actor, input: { reportId } });
    const before = await reportState(reportId);
    await expect(reopenReview({ actor: bob.actor, input: { reportId, reviewerId: alice.id, reason: 'I want her to agree with me' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reopenReview({ actor: alice.actor, input: { reportId, reviewerId: alice.id, reason: 'Let me change my mind' } })).rejects.toMatchObject({ code: 'forbidden' });
    // A reviewer learns nothing from a malformed request either.
    await expect(reopenReview({ actor: bob.actor, input: { reportId, reviewerId: alice.id } })).rejects.toMatchObject({ code: 'forbidden' });
    for (const reason of [undefined, '', '   ']) {
      await expect(reopenReview({ actor: editor.actor, input: { reportId, reviewerId: alice.id, reason } })).rejects.toMatchObject({ code: 'invalid', field: 'reason' });
    }
    await expect(reopenReview({ actor: editor.actor, input: { reportId, reviewerId: bob.id, reason: 'Not complete' } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(reopenReview({ actor: editor.actor, input: { reportId: randomUUID(), reviewerId: alice.id, reason: 'No such report' } })).rejects.toMatchObject({
      code: 'not_found',
    });

    const { token } = await issueApiToken({ actor: cliActor, input: { email: editor.email } });
    const route = '@/app/api/v1/reports/[reportId]/completion/[reviewerId]/reopen/route';
    const url = `/api/v1/reports/${reportId}/completion/${alice.id}/reopen`;
    const params = { reportId, reviewerId: alice.id };
    const missing = await routeStatus(token, 'POST', route, url, params, {});
    expect(missing).toMatchObject({ status: 422, body: { error: { field: 'reason' } } });
    expect(await reportState(reportId)).toEqual(before);

    const { token: reviewerToken } = await issueApiToken({ actor: cliActor, input: { email: bob.email } });
    expect((await routeStatus(reviewerToken, 'POST', route, url, params, { reason: 'Because' })).status).toBe(403);
    expect((await routeStatus(token, 'POST', route, url, params, { reason: 'A second source came in' })).status).toBe(200);
    expect((await routeStatus(token, 'POST', route, url, params, { reason: 'A second source came in' })).status).toBe(409);
  });
});

describe('agreement counts only verdicts made blind', () => {
  test('a verdict changed after its reviewer saw the others is left out of alpha and percent agreement, and listed', async () => {
    const { reportId, first, second, third } = await reportToReview();
    await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    await saveVerdict({ actor: alice.actor, input: { claimId: second.id, ...singleSource } });
    await saveVerdict({ actor: alice.actor, input: { claimId: third.id, ...disputed } });
    await saveVerdict({ actor: bob.actor, input: { claimId: first.id, ...singleSource } });
    const bobSecond = await saveVerdict({ actor: bob.actor, input: { claimId: second.id, ...disputed } });
    await saveVerdict({ actor: bob.actor, input: { claimId: third.id, ...singleSource } });

    const blind = await getAgreement({ actor: editor.actor, input: { reportId } });
    expect(blind).toMatchObject({ pairableClaims: 3, percentAgreement: 0.333, excludedVerdictCount: 0, excludedVerdicts: [] });

    // Bob completes, sees Alice's labels, gets his review reopened and comes round to hers on claim 2.
    await completeReview({ actor: bob.actor, input: { reportId } });
    await reopenReview({ actor: editor.actor, input: { reportId, reviewerId: bob.id, reason: 'Asked to look again' } });
    await saveVerdict({ actor: bob.actor, input: { claimId: second.id, ...singleSource, version: bobSecond.version } });

    const agreement = await getAgreement({ actor: editor.actor, input: { reportId } });
    // Claim 2 now has one counted verdict (Alice's): two pairable claims, one agreed. Alpha by hand:
    // coincidences ss 2, sd 1, ds 1 over n = 4: 1 - 3 × 2 / (3 × 1 × 2) = 0.
    expect(agreement).toMatchObject({ pairableClaims: 2, percentAgreement: 0.5, alpha: 0, excludedVerdictCount: 1 });
    expect(agreement.excludedVerdicts).toEqual([{ claimId: second.id, sentenceIndex: 1, sentenceNumber: 2, reviewerId: bob.id, reviewerName: bob.name }]);
    // The claim itself still shows both verdicts: they agree now, so it needs no editor.
    expect(agreement.claims.find((row) => row.claimId === second.id)).toMatchObject({ verdicts: 2, agreed: true });

    const dashboard = await getDashboard({ actor: editor.actor });
    expect(dashboard.reports.find((report) => report.id === reportId)).toMatchObject({ excludedVerdictCount: 1, pairableClaims: 2 });
    expect(dashboard.overall.excludedVerdictCount).toBeGreaterThanOrEqual(1);
  });

  test('without blind review nothing is left out', async () => {
    const { reportId, first } = await reportToReview();
    await db.report.update({ where: { id: reportId }, data: { blindReview: false } });
    await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    await completeReview({ actor: bob.actor, input: { reportId } });
    await reopenReview({ actor: editor.actor, input: { reportId, reviewerId: bob.id, reason: 'Forgot one' } });
    await saveVerdict({ actor: bob.actor, input: { claimId: first.id, ...singleSource } });
    expect(await getAgreement({ actor: editor.actor, input: { reportId } })).toMatchObject({ pairableClaims: 1, excludedVerdictCount: 0, excludedVerdicts: [] });
  });
});

describe('in adjudication only editors’ final verdicts change', () => {
  test('reviewers’ verdict saves and claim changes are refused for everyone, editors included; final verdicts go on', async () => {
    const { reportId, first, second } = await reportToReview();
    const own = await createClaim({ actor: bob.actor, input: { sentenceId: first.sentenceId, start: 0, end: 9 } });
    const saved = await saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...singleSource } });
    await saveVerdict({ actor: bob.actor, input: { claimId: first.id, ...disputed } });
    await changeReportStatus({ actor: editor.actor, input: { reportId, status: 'in_adjudication' } });
    const before = await reportState(reportId);

    const refusals = [
      () => saveVerdict({ actor: alice.actor, input: { claimId: first.id, ...disputed, version: saved.version } }),
      () => saveVerdict({ actor: bob.actor, input: { claimId: second.id, ...singleSource } }),
      () => saveVerdict({ actor: editor.actor, input: { claimId: second.id, ...singleSource } }),
      () => createClaim({ actor: alice.actor, input: { sentenceId: second.sentenceId, start: 0, end: 5 } }),
      () => createClaim({ actor: editor.actor, input: { sentenceId: second.sentenceId, start: 0, end: 5 } }),
      () => removeClaim({ actor: bob.actor, input: { claimId: own.id } }),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('adjudication') });
    expect(await reportState(reportId)).toEqual(before);

    await expect(saveFinalVerdict({ actor: editor.actor, input: { claimId: first.id, ...singleSource } })).resolves.toMatchObject({ basis: 'editor' });
  });
});
