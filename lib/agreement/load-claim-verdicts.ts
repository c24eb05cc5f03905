import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import type { VerdictLabel } from '@/lib/validations/verdict';

export type ClaimVerdicts = {
  claimId: string;
  reportId: string;
  sentenceId: string;
  sentenceIndex: number;
  text: string;
  isDefault: boolean;
  verdicts: { reviewerId: string; label: VerdictLabel }[];
  finalLabel: VerdictLabel | null;
};

/**
 * Every current claim of the reports' sentences for review, in reading order, with the labels
 * reviewers gave it and its final label: what agreement, the adjudication queue and the dashboard
 * are computed from. Pass no ids for every report; pass a transaction to read inside it.
 */
export async function loadClaimVerdicts(reportIds?: string[], client: DbTransaction | typeof db = db): Promise<ClaimVerdicts[]> {
  // Three flat queries, one after another: nested relation reads inside a transaction make Prisma
  // send queries on one connection at once, which node-postgres deprecates.
  const claims = await client.claim.findMany({
    where: {
      ...(reportIds ? { reportId: { in: reportIds } } : {}),
      removedAt: null,
      orphanedAt: null,
      sentence: { kind: 'body', orphanedAt: null },
    },
    orderBy: [{ reportId: 'asc' }, { sentence: { index: 'asc' } }, { isDefault: 'desc' }, { start: 'asc' }],
    select: { id: true, reportId: true, sentenceId: true, text: true, isDefault: true, sentence: { select: { index: true } } },
  });
  const claimIds = claims.map((claim) => claim.id);
  const verdicts = await client.verdict.findMany({ where: { claimId: { in: claimIds } }, orderBy: { createdAt: 'asc' }, select: { claimId: true, reviewerId: true, label: true } });
  const finals = await client.finalVerdict.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, label: true } });
  const verdictsByClaim = new Map<string, ClaimVerdicts['verdicts']>();
  for (const { claimId, reviewerId, label } of verdicts) verdictsByClaim.set(claimId, [...(verdictsByClaim.get(claimId) ?? []), { reviewerId, label }]);
  const finalByClaim = new Map(finals.map((final) => [final.claimId, final.label]));
  return claims.map((claim) => ({
    claimId: claim.id,
    reportId: claim.reportId,
    sentenceId: claim.sentenceId,
    sentenceIndex: claim.sentence.index,
    text: claim.text,
    isDefault: claim.isDefault,
    verdicts: verdictsByClaim.get(claim.id) ?? [],
    finalLabel: finalByClaim.get(claim.id) ?? null,
  }));
}

/** Whether a claim needs an editor: reviewers disagree, or (if the report asks) only one gave a verdict. */
export function needsAdjudication(claim: ClaimVerdicts, adjudicateSingleVerdicts: boolean): boolean {
  const labels = new Set(claim.verdicts.map((verdict) => verdict.label));
  return labels.size > 1 || (adjudicateSingleVerdicts && claim.verdicts.length === 1);
}

/** A claim that needs an editor and has no final verdict yet: what blocks approval. */
export function isOpenConflict(claim: ClaimVerdicts, adjudicateSingleVerdicts: boolean): boolean {
  return !claim.finalLabel && needsAdjudication(claim, adjudicateSingleVerdicts);
}
