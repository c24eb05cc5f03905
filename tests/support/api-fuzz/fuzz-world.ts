import { cliActor } from '@/lib/actor';
import { createClaim } from '@/lib/claims/create-claim';
import { db } from '@/lib/db';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { changeReportStatus } from '@/lib/workflow/change-report-status';
import { completeReview } from '@/lib/workflow/complete-review';
import { createTestUser } from '../factories';
import { seedReviewedReports } from '../reviewed-reports';

export type Role = 'admin' | 'editor' | 'reviewer';

type Sentence = { id: string; length: number };

/** The data the fuzz aims at: real ids to pair with malformed input, and the API tokens to send it with. */
export type FuzzWorld = {
  tokens: Record<Role, string>;
  adminEmail: string;
  adminTokenId: string;
  /** The reviewer whose token is `tokens.reviewer`. */
  reviewerId: string;
  revokedTokenId: string;
  /** Tokens that must not work: revoked, and of a deactivated account. */
  deadTokens: string[];
  /** Real ids by path parameter name. */
  idsByParam: Record<string, string[]>;
  /** In review, with the reviewer's review complete (so frozen); `blindReportId` is under blind review and not completed by them. */
  openReportId: string;
  blindReportId: string;
  approvedReportId: string;
  reportBodies: Record<string, string>;
  /** A claim the reviewer made in the open report. */
  reviewerClaimId: string;
  /** Whole-sentence claims of the two open reports. */
  defaultClaimIds: string[];
  /** Whole-sentence claims of the open report, whose sentence `openSentence` is. */
  openReportClaimIds: string[];
  /** Claims of open reports with no reviewer verdict, or with reviewers split evenly. */
  claimsWithoutMajority: string[];
  approvedClaimId: string;
  /** Body sentences of the open and the approved report, and one of the other open report. */
  openSentence: Sentence;
  approvedSentence: Sentence;
  otherReportSentenceId: string;
  /** Active users of every role. */
  userIds: string[];
  /** Reviewers assigned to the open report, and a user who is not. */
  assignedUserIds: string[];
  unassignedUserId: string;
  deactivatedUserId: string;
};

function tokenFor(email: string) {
  return issueApiToken({ actor: cliActor, input: { email } });
}

/**
 * The seeded reports (two open, with verdicts, final verdicts, assignments, a reviewer's own claim
 * and a completed review; one approved and locked), users of every role and their API tokens.
 */
export async function seedFuzzWorld(): Promise<FuzzWorld> {
  const { editor, admin, alice, bob, reutersId, dwId, reutersClaims, dwClaims, dwSentence } = await seedReviewedReports();
  const approved = await db.report.findUniqueOrThrow({ where: { slug: 'ipdefenseforum' }, select: { id: true } });
  await changeReportStatus({ actor: editor.actor, input: { reportId: approved.id, status: 'in_adjudication' } });
  await changeReportStatus({ actor: editor.actor, input: { reportId: approved.id, status: 'approved' } });
  for (const reviewer of [alice, bob]) await assignReviewer({ actor: editor.actor, input: { reportId: reutersId, reviewerId: reviewer.id } });

  const sentenceOf = (reportId: string) => db.sentence.findFirstOrThrow({ where: { reportId, kind: 'body' }, orderBy: { index: 'asc' }, select: { id: true, text: true } });
  const [openSentence, approvedSentence] = await Promise.all([sentenceOf(reutersId), sentenceOf(approved.id)]);
  // Made before completing: completing freezes her claims and verdicts on the report.
  const reviewerClaim = await createClaim({ actor: alice.actor, input: { sentenceId: openSentence.id, start: 0, end: Math.min(10, openSentence.text.length) } });
  await completeReview({ actor: alice.actor, input: { reportId: reutersId } });

  const carol = await createTestUser();
  const [adminToken, editorToken, reviewerToken, revokedToken, deactivatedToken] = await Promise.all([
    tokenFor(admin.email),
    tokenFor(editor.email),
    tokenFor(alice.email),
    tokenFor(bob.email),
    tokenFor(carol.email),
  ]);
  await db.apiToken.updateMany({ where: { user: { email: bob.email } }, data: { revokedAt: new Date() } });
  await db.user.update({ where: { id: carol.id }, data: { isActive: false } });

  const approvedClaim = await db.claim.findFirstOrThrow({ where: { reportId: approved.id }, select: { id: true } });
  const splitClaim = reutersClaims[1];
  if (!splitClaim) throw new Error('The seeded Reuters report has fewer claims than expected');
  const reports = await db.report.findMany({ select: { id: true, body: true } });
  const sentences = await db.sentence.findMany({ where: { reportId: { in: [reutersId, dwId, approved.id] } }, take: 20, select: { id: true } });
  const defaultClaimIds = [...reutersClaims, ...dwClaims].map((claim) => claim.id);
  const userIds = [admin.id, editor.id, alice.id, bob.id];
  return {
    tokens: { admin: adminToken.token, editor: editorToken.token, reviewer: reviewerToken.token },
    adminEmail: admin.email,
    adminTokenId: adminToken.id,
    reviewerId: alice.id,
    revokedTokenId: revokedToken.id,
    deadTokens: [revokedToken.token, deactivatedToken.token],
    idsByParam: {
      reportId: reports.map((report) => report.id),
      claimId: [reviewerClaim.id, approvedClaim.id, ...defaultClaimIds],
      sentenceId: [openSentence.id, approvedSentence.id, ...sentences.map((sentence) => sentence.id)],
      reviewerId: [...userIds, carol.id],
    },
    openReportId: reutersId,
    blindReportId: dwId,
    approvedReportId: approved.id,
    reportBodies: Object.fromEntries(reports.map((report) => [report.id, report.body])),
    reviewerClaimId: reviewerClaim.id,
    defaultClaimIds,
    openReportClaimIds: reutersClaims.map((claim) => claim.id),
    claimsWithoutMajority: [splitClaim.id, ...dwClaims.map((claim) => claim.id)],
    approvedClaimId: approvedClaim.id,
    openSentence: { id: openSentence.id, length: openSentence.text.length },
    approvedSentence: { id: approvedSentence.id, length: approvedSentence.text.length },
    otherReportSentenceId: dwSentence.id,
    userIds,
    assignedUserIds: [alice.id, bob.id],
    unassignedUserId: editor.id,
    deactivatedUserId: carol.id,
  };
}
