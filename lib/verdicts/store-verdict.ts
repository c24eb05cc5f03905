import 'server-only';
import type { UserActor } from '@/lib/actor';
import type { db, DbTransaction } from '@/lib/db';
import { storeVersionedVerdict, type VerdictBody } from './store-versioned-verdict';
import { verdictSelect, verdictShape, verdictSnapshot, type VerdictView } from './verdict-shape';

type ClaimRef = { id: string; reportId: string; sentenceId: string };

export async function findVerdict(client: DbTransaction | typeof db, claimId: string, reviewerId: string): Promise<VerdictView | null> {
  const verdict = await client.verdict.findUnique({ where: { claimId_reviewerId: { claimId, reviewerId } }, select: verdictSelect, relationLoadStrategy: 'join' });
  return verdict ? verdictShape(verdict) : null;
}

/**
 * Writes the actor's verdict on a claim inside the caller's transaction (which has checked the
 * review is open and the evidence sentences exist), refused if `version` is not the stored one.
 */
export async function storeVerdict(
  tx: DbTransaction,
  { actor, claim, content, version }: { actor: UserActor; claim: ClaimRef; content: VerdictBody; version: number | undefined },
): Promise<VerdictView> {
  const { label, note } = content;
  const proposedLabel = content.proposedLabel ?? null;
  return storeVersionedVerdict(
    tx,
    {
      what: 'verdict',
      find: (client) => findVerdict(client, claim.id, actor.id),
      write: async (writing, before) => {
        if (!before) return writing.verdict.create({ data: { claimId: claim.id, reviewerId: actor.id, label, note, proposedLabel }, select: { id: true } });
        const { count } = await writing.verdict.updateMany({ where: { id: before.id, version: before.version }, data: { label, note, proposedLabel, version: { increment: 1 } } });
        return count === 1 ? { id: before.id } : null;
      },
      evidenceOwner: (verdictId) => ({ verdictId }),
      auditPayload: (before, after) => ({
        action: 'verdict.saved',
        entityType: 'verdict',
        before: before ? verdictSnapshot(before) : null,
        after: verdictSnapshot(after),
      }),
    },
    { actor, claim, evidence: content.evidence, version },
  );
}
