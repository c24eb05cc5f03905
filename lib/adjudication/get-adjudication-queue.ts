import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { labelSpread } from '@/lib/agreement/agreement-figures';
import { loadClaimVerdicts, needsAdjudication } from '@/lib/agreement/load-claim-verdicts';
import { isDisagreement, openClaimCounts } from '@/lib/agreement/open-claim-counts';
import { db } from '@/lib/db';
import { verdictSelect, verdictShape } from '@/lib/verdicts/verdict-shape';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';
import { reportName } from '@/lib/format/report-name';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import { finalVerdictSelect, finalVerdictShape } from '@/lib/verdicts/final-verdict-shape';
import { loadSentenceNumbers } from '@/lib/reports/load-sentence-numbers';
import { majorityLabel } from './merge-verdicts';
import { findUnsupportedAgreements } from './unsupported-agreements';

/** Why a claim is in the queue. */
export type QueueReason = 'disagreement' | 'single_verdict' | 'unsupported_corroboration';

function queueReason(claim: Parameters<typeof isDisagreement>[0], isUnsupported: boolean): QueueReason {
  if (isDisagreement(claim)) return 'disagreement';
  return isUnsupported ? 'unsupported_corroboration' : 'single_verdict';
}

/**
 * The claims of a report an editor must settle: reviewers disagree, or (if the report asks) only
 * one reviewer gave a verdict, or they agree on "corroborated" without a supporting source
 * independent of the report (approval leaves those to an editor). Each with every reviewer's verdict side by side, the majority if
 * there is one, and the final verdict once set. Open items first, in reading order. A claim whose
 * sentence has since been marked another kind than `body` stays, with `sentenceKind` saying so,
 * and `reason` says why each claim is here. `counts` are the report's claims without a final
 * verdict, counted as the dashboard counts them.
 */
export async function getAdjudicationQueue({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canManageWorkflow, 'adjudicate');
  const workflow = await loadReportWorkflow(actor, reportId);
  const claims = await loadClaimVerdicts([reportId]);
  const isAgreedCorroboration = (claim: (typeof claims)[number]) =>
    !claim.finalLabel && !needsAdjudication(claim, workflow.adjudicateSingleVerdicts) && claim.verdicts.length > 0 && claim.verdicts.every((verdict) => verdict.label === 'corroborated');
  const candidates = claims.filter((claim) => needsAdjudication(claim, workflow.adjudicateSingleVerdicts) || isAgreedCorroboration(claim));
  const candidateIds = candidates.map((claim) => claim.claimId);
  const [verdicts, finals, sentences, numbers] = await Promise.all([
    db.verdict.findMany({ where: { claimId: { in: candidateIds } }, orderBy: { createdAt: 'asc' }, select: { ...verdictSelect, reviewer: { select: { name: true } } } }),
    db.finalVerdict.findMany({ where: { claimId: { in: candidateIds } }, select: finalVerdictSelect }),
    db.sentence.findMany({ where: { id: { in: candidates.map((claim) => claim.sentenceId) } }, select: { id: true, text: true } }),
    loadSentenceNumbers(candidates.map((claim) => claim.sentenceId)),
  ]);
  // Agreed corroborations without independent support are left by approval for an editor.
  const unsupported = await findUnsupportedAgreements(
    db,
    reportId,
    candidates.filter(isAgreedCorroboration).map((claim) => ({ claimId: claim.claimId, verdicts: verdicts.filter((verdict) => verdict.claimId === claim.claimId).map(verdictShape) })),
  );
  const queued = candidates.filter((claim) => !isAgreedCorroboration(claim) || unsupported.has(claim.claimId));
  const finalByClaim = new Map(finals.map((final) => [final.claimId, finalVerdictShape(final)]));
  const sentenceText = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
  const items = queued.map((claim) => {
    const own = verdicts.filter((verdict) => verdict.claimId === claim.claimId);
    return {
      claimId: claim.claimId,
      sentenceId: claim.sentenceId,
      sentenceIndex: claim.sentenceIndex,
      /** Its number in the review workspace ("sentence N"); null for a line no longer for review. */
      sentenceNumber: numbers.get(claim.sentenceId) ?? null,
      sentenceKind: claim.sentenceKind,
      sentenceText: sentenceText.get(claim.sentenceId) ?? '',
      text: claim.text,
      isDefault: claim.isDefault,
      verdicts: own.map((verdict) => ({ ...verdictShape(verdict), reviewerName: verdict.reviewer.name })),
      spread: labelSpread(own.map((verdict) => verdict.label)),
      majority: majorityLabel(own),
      final: finalByClaim.get(claim.claimId) ?? null,
      reason: queueReason(claim, unsupported.has(claim.claimId)),
      /** Set when the reviewers agree but their corroboration has no independent support. */
      unsupportedCorroboration: unsupported.get(claim.claimId)?.message ?? null,
    };
  });
  return {
    report: { id: workflow.id, name: reportName(workflow), outlet: workflow.outlet, title: workflow.title, status: workflow.status, adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts },
    counts: openClaimCounts(claims),
    open: items.filter((item) => !item.final),
    settled: items.filter((item) => item.final),
  };
}

export type AdjudicationQueue = Awaited<ReturnType<typeof getAdjudicationQueue>>;
export type AdjudicationItem = AdjudicationQueue['open'][number];
