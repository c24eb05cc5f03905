import 'server-only';
import { db } from '@/lib/db';
import { loadStoryFacts } from './load-story-facts';
import type { ProposalOutcome } from './propose-label';

/**
 * The label the fact map proposes for a claim, with its reasons and evidence, or why it proposes
 * none (the report is in no story, the claim is not for review, the evidence is weak).
 */
export async function loadClaimProposal(claimId: string): Promise<ProposalOutcome> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { report: { select: { storyId: true } } } });
  const storyId = claim?.report.storyId;
  if (!storyId) return { proposal: null, reasons: ['Its report is in no story: put it in the story of the event to compare it with the other reports'] };
  const reports = await db.report.findMany({
    where: { storyId, archivedAt: null },
    orderBy: [{ publishedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: { id: true, outlet: true },
  });
  const facts = await loadStoryFacts(storyId, reports);
  return facts.proposals.get(claimId) ?? { proposal: null, reasons: ['This claim is not one for review: no label proposed'] };
}
