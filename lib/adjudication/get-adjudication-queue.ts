import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canManageWorkflow } from '@/lib/permissions';
import { labelSpread } from '@/lib/agreement/agreement-figures';
import { loadClaimVerdicts, needsAdjudication } from '@/lib/agreement/load-claim-verdicts';
import { db } from '@/lib/db';
import { verdictSelect, verdictShape } from '@/lib/verdicts/verdict-shape';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';
import { loadReportWorkflow } from '@/lib/reports/load-report-workflow';
import { finalVerdictSelect, finalVerdictShape } from '@/lib/verdicts/final-verdict-shape';
import { majorityLabel } from './merge-verdicts';

/**
 * The claims of a report an editor must settle: reviewers disagree, or (if the report asks) only
 * one reviewer gave a verdict. Each with every reviewer's verdict side by side, the majority if
 * there is one, and the final verdict once set. Open items first, in reading order. A claim whose
 * sentence has since been marked another kind than `body` stays, with `sentenceKind` saying so.
 */
export async function getAdjudicationQueue({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canManageWorkflow, 'adjudicate');
  const workflow = await loadReportWorkflow(actor, reportId);
  const queued = (await loadClaimVerdicts([reportId])).filter((claim) => needsAdjudication(claim, workflow.adjudicateSingleVerdicts));
  const claimIds = queued.map((claim) => claim.claimId);
  const [verdicts, finals, sentences] = await Promise.all([
    db.verdict.findMany({ where: { claimId: { in: claimIds } }, orderBy: { createdAt: 'asc' }, select: { ...verdictSelect, reviewer: { select: { name: true } } } }),
    db.finalVerdict.findMany({ where: { claimId: { in: claimIds } }, select: finalVerdictSelect }),
    db.sentence.findMany({ where: { id: { in: queued.map((claim) => claim.sentenceId) } }, select: { id: true, text: true } }),
  ]);
  const finalByClaim = new Map(finals.map((final) => [final.claimId, finalVerdictShape(final)]));
  const sentenceText = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
  const items = queued.map((claim) => {
    const own = verdicts.filter((verdict) => verdict.claimId === claim.claimId);
    return {
      claimId: claim.claimId,
      sentenceId: claim.sentenceId,
      sentenceIndex: claim.sentenceIndex,
      sentenceKind: claim.sentenceKind,
      sentenceText: sentenceText.get(claim.sentenceId) ?? '',
      text: claim.text,
      isDefault: claim.isDefault,
      verdicts: own.map((verdict) => ({ ...verdictShape(verdict), reviewerName: verdict.reviewer.name })),
      spread: labelSpread(own.map((verdict) => verdict.label)),
      majority: majorityLabel(own),
      final: finalByClaim.get(claim.claimId) ?? null,
    };
  });
  return {
    report: { id: workflow.id, outlet: workflow.outlet, title: workflow.title, status: workflow.status, adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts },
    open: items.filter((item) => !item.final),
    settled: items.filter((item) => item.final),
  };
}

export type AdjudicationQueue = Awaited<ReturnType<typeof getAdjudicationQueue>>;
export type AdjudicationItem = AdjudicationQueue['open'][number];
