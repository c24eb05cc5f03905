import 'server-only';
import type { UserActor } from '@/lib/actor';
import type { db, DbTransaction } from '@/lib/db';
import type { FinalVerdictBasis } from '@/lib/generated/prisma/enums';
import { finalVerdictSelect, finalVerdictShape, finalVerdictSnapshot, type FinalVerdictView } from './final-verdict-shape';
import { storeVersionedVerdict, type VerdictBody } from './store-versioned-verdict';

type ClaimRef = { id: string; reportId: string; sentenceId: string };

/** What a final verdict says, and whose reviewer's verdict the editor took it from, if any. */
export type FinalVerdictBody = VerdictBody & { adoptedFromId?: string | null };

export async function findFinalVerdict(tx: DbTransaction | typeof db, claimId: string): Promise<FinalVerdictView | null> {
  const verdict = await tx.finalVerdict.findUnique({ where: { claimId }, select: finalVerdictSelect });
  return verdict ? finalVerdictShape(verdict) : null;
}

/**
 * Writes a claim's final verdict inside the caller's transaction (which has checked the report is
 * open and the evidence sentences exist), refused if `version` is not the stored one so two
 * editors cannot overwrite each other; the audit event records how it was reached.
 */
export async function storeFinalVerdict(
  tx: DbTransaction,
  { actor, claim, content, basis, version }: { actor: UserActor; claim: ClaimRef; content: FinalVerdictBody; basis: FinalVerdictBasis; version: number | undefined },
): Promise<FinalVerdictView> {
  const fields = { label: content.label, note: content.note, proposedLabel: content.proposedLabel ?? null, basis, decidedById: actor.id, adoptedFromId: content.adoptedFromId ?? null };
  return storeVersionedVerdict(
    tx,
    {
      what: 'final verdict',
      find: (client) => findFinalVerdict(client, claim.id),
      write: async (writing, before) => {
        if (!before) return writing.finalVerdict.create({ data: { ...fields, claimId: claim.id }, select: { id: true } });
        const { count } = await writing.finalVerdict.updateMany({ where: { id: before.id, version: before.version }, data: { ...fields, version: { increment: 1 } } });
        return count === 1 ? { id: before.id } : null;
      },
      evidenceOwner: (finalVerdictId) => ({ finalVerdictId }),
      auditPayload: (before, after) => ({
        action: 'final_verdict.saved',
        entityType: 'final_verdict',
        before: before ? finalVerdictSnapshot(before) : null,
        after: finalVerdictSnapshot(after),
      }),
    },
    { actor, claim, evidence: content.evidence, version },
  );
}
