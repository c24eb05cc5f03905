import 'server-only';
import type { UserActor } from '@/lib/actor';
import { awaitsFinalVerdict, loadClaimVerdicts } from '@/lib/agreement/load-claim-verdicts';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { finalVerdictSelect, finalVerdictShape, finalVerdictSnapshot } from '@/lib/verdicts/final-verdict-shape';
import { evidenceRows } from '@/lib/verdicts/replace-evidence';
import { verdictSelect, verdictShape } from '@/lib/verdicts/verdict-shape';
import { mergeVerdicts } from './merge-verdicts';
import { findUnsupportedAgreements, type UnsupportedAgreement } from './unsupported-agreements';
import { countOf, plural } from '@/lib/format/plural';

/**
 * Approval's settling, inside the transaction that holds the report's row lock: refused while a
 * claim still needs an editor, and while reviewers agree on "corroborated" with no supporting
 * source independent of the report (an editor must settle that one: approval says why); every
 * other claim the reviewers agree on gets their verdict as its final one (basis "consensus"). The
 * row lock keeps final verdicts from being saved meanwhile, so the agreed claims have none and are
 * written together, in a fixed number of statements.
 */
export async function settleAgreedClaims(tx: DbTransaction, { actor, reportId, adjudicateSingleVerdicts }: { actor: UserActor; reportId: string; adjudicateSingleVerdicts: boolean }) {
  const claims = await loadClaimVerdicts([reportId], tx);
  const open = claims.filter((claim) => awaitsFinalVerdict(claim, adjudicateSingleVerdicts));
  const agreed = open.length > 0 ? [] : claims.filter((claim) => !claim.finalLabel && claim.verdicts.length > 0);
  const verdicts =
    agreed.length === 0
      ? []
      : (await tx.verdict.findMany({ where: { claimId: { in: agreed.map((claim) => claim.claimId) } }, orderBy: { createdAt: 'asc' }, select: verdictSelect, relationLoadStrategy: 'join' })).map(verdictShape);
  const verdictsOf = (claimId: string) => verdicts.filter((verdict) => verdict.claimId === claimId);
  const unsupported = await findUnsupportedAgreements(tx, reportId, agreed.map((claim) => ({ claimId: claim.claimId, verdicts: verdictsOf(claim.claimId) })));
  if (open.length > 0 || unsupported.size > 0) throw stillOpen(open.map((claim) => claim.claimId), unsupported);
  if (agreed.length === 0) return;
  const settled = agreed.flatMap((claim) => {
    const [agreedVerdict] = claim.verdicts;
    if (!agreedVerdict) return [];
    return [{ claim, content: mergeVerdicts(agreedVerdict.label, verdictsOf(claim.claimId)) }];
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

/** Approval refused: the claims an editor must settle first, and why the agreed ones are among them. */
function stillOpen(openClaims: string[], unsupported: Map<string, UnsupportedAgreement>): AppError {
  const parts = [];
  if (openClaims.length > 0) parts.push(`${countOf(openClaims.length, 'claim', 'claims')} still ${plural(openClaims.length, { one: 'needs', other: 'need' })} a final verdict: settle ${plural(openClaims.length, { one: 'it', other: 'them' })} in adjudication before approving`);
  const [first] = unsupported.values();
  if (first) {
    parts.push(
      `${countOf(unsupported.size, 'claim', 'claims')} the reviewers agree ${plural(unsupported.size, { one: 'is', other: 'are' })} corroborated ${plural(unsupported.size, { one: 'has', other: 'have' })} no supporting source independent of the report, so approval cannot settle ${plural(unsupported.size, { one: 'it', other: 'them' })}: an editor must (${first.message})`,
    );
  }
  return new AppError('conflict', parts.join('. '), 'status', {
    openClaims: [...openClaims, ...unsupported.keys()],
    unsupportedCorroborations: [...unsupported].map(([claimId, why]) => ({ claimId, reasons: why.reasons })),
  });
}
