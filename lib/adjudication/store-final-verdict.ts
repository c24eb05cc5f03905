import 'server-only';
import type { UserActor } from '@/lib/auth/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { db, DbTransaction } from '@/lib/db';
import type { FinalVerdictBasis } from '@/lib/generated/prisma/enums';
import { replaceEvidence } from '@/lib/review/replace-evidence';
import { staleVersion } from '@/lib/review/stale-version';
import type { TEvidence, VerdictLabel } from '@/lib/validations/verdict';
import { finalVerdictSelect, finalVerdictShape, finalVerdictSnapshot, type FinalVerdictView } from './final-verdict-shape';

export type FinalVerdictContent = { label: VerdictLabel; note: string; evidence: TEvidence[] };
type ClaimRef = { id: string; reportId: string; sentenceId: string };

export async function findFinalVerdict(tx: DbTransaction | typeof db, claimId: string): Promise<FinalVerdictView | null> {
  const verdict = await tx.finalVerdict.findUnique({ where: { claimId }, select: finalVerdictSelect });
  return verdict ? finalVerdictShape(verdict) : null;
}

/**
 * Writes a claim's final verdict inside the caller's transaction (which has checked the report is
 * open and the evidence sentences exist): refused if `version` is not the stored one, so two
 * editors cannot overwrite each other; the audit event records how it was reached.
 */
export async function storeFinalVerdict(
  tx: DbTransaction,
  { actor, claim, content, basis, version }: { actor: UserActor; claim: ClaimRef; content: FinalVerdictContent; basis: FinalVerdictBasis; version: number | undefined },
): Promise<FinalVerdictView> {
  await tx.$queryRaw`SELECT id FROM final_verdicts WHERE claim_id = ${claim.id}::uuid FOR UPDATE`;
  const before = await findFinalVerdict(tx, claim.id);
  if ((before?.version ?? undefined) !== version) throw staleVersion(before, 'final verdict');

  const fields = { label: content.label, note: content.note, basis, decidedById: actor.id };
  const saved = before
    ? await tx.finalVerdict.update({ where: { id: before.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })
    : await tx.finalVerdict.create({ data: { ...fields, claimId: claim.id }, select: { id: true } });
  await replaceEvidence(tx, { finalVerdictId: saved.id }, content.evidence, { isNew: !before });
  const after = (await findFinalVerdict(tx, claim.id)) as FinalVerdictView;

  await writeAuditEvent(tx, {
    actor,
    action: 'final_verdict.saved',
    entityType: 'final_verdict',
    entityId: saved.id,
    reportId: claim.reportId,
    sentenceId: claim.sentenceId,
    before: before ? finalVerdictSnapshot(before) : null,
    after: finalVerdictSnapshot(after),
  });
  return after;
}
