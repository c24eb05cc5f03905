import 'server-only';
import type { UserActor } from '@/lib/actor';
import { isOpenConflict, loadClaimVerdicts } from '@/lib/agreement/load-claim-verdicts';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { finalVerdictSelect, finalVerdictShape, finalVerdictSnapshot } from '@/lib/verdicts/final-verdict-shape';
import { evidenceRows } from '@/lib/verdicts/replace-evidence';
import { verdictSelect, verdictShape } from '@/lib/verdicts/verdict-shape';
import { mergeVerdicts } from './merge-verdicts';

/**
 * Approval's settling, inside the transaction that holds the report's row lock: refused while a
 * claim still needs an editor; every claim the reviewers agree on gets their verdict as its final
 * one (basis "consensus"). The row lock keeps final verdicts from being saved meanwhile, so the
 * agreed claims have none and are written together, in a fixed number of statements.
 */
export async function settleAgreedClaims(tx: DbTransaction, { actor, reportId, adjudicateSingleVerdicts }: { actor: UserActor; reportId: string; adjudicateSingleVerdicts: boolean }) {
  const claims = await loadClaimVerdicts([reportId], tx);
  const open = claims.filter((claim) => isOpenConflict(claim, adjudicateSingleVerdicts));
  if (open.length > 0) {
    throw new AppError('conflict', `${open.length} claim(s) still need a final verdict: settle them in adjudication before approving`, 'status', {
      openClaims: open.map((claim) => claim.claimId),
    });
  }
  const agreed = claims.filter((claim) => !claim.finalLabel && claim.verdicts.length > 0);
  if (agreed.length === 0) return;
  const verdicts = (await tx.verdict.findMany({ where: { claimId: { in: agreed.map((claim) => claim.claimId) } }, orderBy: { createdAt: 'asc' }, select: verdictSelect, relationLoadStrategy: 'join' })).map(verdictShape);
  const settled = agreed.flatMap((claim) => {
    const [agreedVerdict] = claim.verdicts;
    if (!agreedVerdict) return [];
    return [{ claim, content: mergeVerdicts(agreedVerdict.label, verdicts.filter((verdict) => verdict.claimId === claim.claimId)) }];
  });

  const created = await tx.finalVerdict.createManyAndReturn({
    data: settled.map(({ claim, content }) => ({ claimId: claim.claimId, label: content.label, note: content.note, basis: 'consensus' as const, decidedById: actor.id })),
    select: { id: true, claimId: true },
  });
  const idOf = new Map(created.map((row) => [row.claimId, row.id]));
  await tx.evidence.createMany({ data: settled.flatMap(({ claim, content }) => evidenceRows({ finalVerdictId: idOf.get(claim.claimId) ?? '' }, content.evidence)) });
  const stored = await tx.finalVerdict.findMany({ where: { id: { in: created.map((row) => row.id) } }, select: finalVerdictSelect, relationLoadStrategy: 'join' });
  const storedByClaim = new Map(stored.map((verdict) => [verdict.claimId, finalVerdictShape(verdict)]));

  for (const { claim } of settled) {
    const after = storedByClaim.get(claim.claimId);
    if (!after) continue;
    await writeAuditEvent(tx, {
      actor,
      action: 'final_verdict.saved',
      entityType: 'final_verdict',
      entityId: after.id,
      reportId,
      sentenceId: claim.sentenceId,
      before: null,
      after: finalVerdictSnapshot(after),
    });
  }
}
