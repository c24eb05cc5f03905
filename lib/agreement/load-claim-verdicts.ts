import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { isDisagreement } from './open-claim-counts';

export type ClaimVerdicts = {
  claimId: string;
  reportId: string;
  sentenceId: string;
  sentenceIndex: number;
  /** `body` but for a sentence whose kind changed after it got verdicts. */
  sentenceKind: SentenceKind;
  text: string;
  isDefault: boolean;
  /** `isAfterUnblinding`: under blind review, last changed after its reviewer first saw the others' verdicts. */
  verdicts: { reviewerId: string; label: VerdictLabel; isAfterUnblinding: boolean }[];
  finalLabel: VerdictLabel | null;
};

/**
 * Every current claim of the reports' sentences for review, in reading order, with the labels
 * reviewers gave it and its final label: what agreement, the adjudication queue, approval and the
 * dashboard are computed from. A claim that has verdicts stays even when its sentence is no longer
 * `body`, so changing a kind never drops a contested claim. Pass no ids for every report; pass a
 * transaction to read inside it.
 */
export async function loadClaimVerdicts(reportIds?: string[], client: DbTransaction | typeof db = db): Promise<ClaimVerdicts[]> {
  const inReports = reportIds ? { reportId: { in: reportIds } } : {};
  // Flat queries, one after another: nested relation reads inside a transaction make Prisma
  // send queries on one connection at once, which node-postgres deprecates.
  const claims = await client.claim.findMany({
    where: {
      ...inReports,
      removedAt: null,
      orphanedAt: null,
      sentence: { orphanedAt: null },
      OR: [{ sentence: { kind: 'body' } }, { verdicts: { some: {} } }, { finalVerdict: { isNot: null } }],
    },
    orderBy: [{ reportId: 'asc' }, { sentence: { index: 'asc' } }, { isDefault: 'desc' }, { start: 'asc' }],
    select: { id: true, reportId: true, sentenceId: true, text: true, isDefault: true, sentence: { select: { index: true, kind: true } } },
  });
  const claimIds = claims.map((claim) => claim.id);
  const verdicts = await client.verdict.findMany({
    where: { claimId: { in: claimIds } },
    orderBy: { createdAt: 'asc' },
    select: { claimId: true, reviewerId: true, label: true, updatedAt: true },
  });
  const finals = await client.finalVerdict.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, label: true } });
  const unblinded = await client.reviewCompletion.findMany({
    where: { ...inReports, report: { blindReview: true } },
    select: { reportId: true, reviewerId: true, firstCompletedAt: true },
  });
  const unblindedAt = new Map(unblinded.map((completion) => [`${completion.reportId}/${completion.reviewerId}`, completion.firstCompletedAt.getTime()]));
  const reportOf = new Map(claims.map((claim) => [claim.id, claim.reportId]));
  const verdictsByClaim = new Map<string, ClaimVerdicts['verdicts']>();
  for (const { claimId, reviewerId, label, updatedAt } of verdicts) {
    const seenOthersAt = unblindedAt.get(`${reportOf.get(claimId)}/${reviewerId}`);
    const verdict = { reviewerId, label, isAfterUnblinding: seenOthersAt !== undefined && updatedAt.getTime() > seenOthersAt };
    verdictsByClaim.set(claimId, [...(verdictsByClaim.get(claimId) ?? []), verdict]);
  }
  const finalByClaim = new Map(finals.map((final) => [final.claimId, final.label]));
  return claims.map((claim) => ({
    claimId: claim.id,
    reportId: claim.reportId,
    sentenceId: claim.sentenceId,
    sentenceIndex: claim.sentence.index,
    sentenceKind: claim.sentence.kind,
    text: claim.text,
    isDefault: claim.isDefault,
    verdicts: verdictsByClaim.get(claim.id) ?? [],
    finalLabel: finalByClaim.get(claim.id) ?? null,
  }));
}

/** Whether a claim needs an editor: reviewers disagree, or (if the report asks) only one gave a verdict. */
export function needsAdjudication(claim: ClaimVerdicts, adjudicateSingleVerdicts: boolean): boolean {
  return isDisagreement(claim) || (adjudicateSingleVerdicts && claim.verdicts.length === 1);
}

/**
 * A claim that needs an editor and has no final verdict yet: what blocks approval. Not the same
 * as an open conflict (`openClaimCounts`): a lone verdict awaits one when the report asks.
 */
export function awaitsFinalVerdict(claim: ClaimVerdicts, adjudicateSingleVerdicts: boolean): boolean {
  return !claim.finalLabel && needsAdjudication(claim, adjudicateSingleVerdicts);
}
