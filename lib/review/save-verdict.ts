import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { canReview } from '@/lib/auth/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import { db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSaveVerdict } from '@/lib/validations/verdict';
import { assertReviewOpen } from '@/lib/workflow/assert-review-open';
import { checkEvidenceSentences } from './check-evidence-sentences';
import { replaceEvidence } from './replace-evidence';
import { staleVersion } from './stale-version';
import { verdictSelect, verdictShape, verdictSnapshot, type VerdictView } from './verdict-shape';

async function findVerdict(tx: DbTransaction | typeof db, claimId: string, reviewerId: string) {
  const verdict = await tx.verdict.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId } }, select: verdictSelect, relationLoadStrategy: 'join' });
  return verdict ? verdictShape(verdict) : null;
}

/**
 * Saves the caller's verdict on a claim. `version` is the version the caller last saw (none for a
 * first verdict); a save based on any other version is refused with the current verdict, so no
 * one's work is silently overwritten. The verdict, its evidence and the audit event commit together.
 */
export async function saveVerdict({ actor, input }: { actor: Actor; input: unknown }) {
  const { claimId, label, note, evidence, version } = parseInput(ZSaveVerdict, input);
  if (!canReview(actor) || actor.kind !== 'user') throw new AppError('forbidden', 'You cannot give verdicts');
  const reviewerId = actor.id;
  try {
    return await runTransaction(async (tx) => {
      const claim = await tx.claim.findFirst({ where: { id: claimId, removedAt: null, orphanedAt: null }, select: { reportId: true, sentenceId: true } });
      if (!claim) throw new AppError('not_found', 'No current claim has this id', 'claimId');
      await assertReviewOpen(tx, claim.reportId, reviewerId);
      await checkEvidenceSentences(tx, claim.reportId, evidence);

      await tx.$queryRaw`SELECT id FROM verdicts WHERE claim_id = ${claimId}::uuid AND reviewer_id = ${reviewerId}::uuid FOR UPDATE`;
      const before = await findVerdict(tx, claimId, reviewerId);
      if ((before?.version ?? undefined) !== version) throw staleVersion(before);

      const saved = before
        ? await tx.verdict.update({ where: { id: before.id }, data: { label, note, version: { increment: 1 } }, select: { id: true } })
        : await tx.verdict.create({ data: { claimId, reviewerId, label, note }, select: { id: true } });
      await replaceEvidence(tx, { verdictId: saved.id }, evidence, { isNew: !before });
      const after = (await findVerdict(tx, claimId, reviewerId)) as VerdictView;

      await writeAuditEvent(tx, {
        actor,
        action: 'verdict.saved',
        entityType: 'verdict',
        entityId: saved.id,
        reportId: claim.reportId,
        sentenceId: claim.sentenceId,
        before: before ? verdictSnapshot(before) : null,
        after: verdictSnapshot(after),
      });
      return after;
    });
  } catch (error) {
    // Two first saves at once: the loser sees the winner's verdict, as with a stale version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw staleVersion(await findVerdict(db, claimId, reviewerId));
    throw error;
  }
}
