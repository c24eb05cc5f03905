import type { DbTransaction } from '@/lib/db';
import type { TEvidence } from '@/lib/validations/verdict';

export type EvidenceOwner = { verdictId: string } | { finalVerdictId: string };

/** Evidence links as rows of the evidence table, in the order given, for a reviewer's or a final verdict. */
export function evidenceRows(owner: EvidenceOwner, evidence: TEvidence[]) {
  return evidence.map((link, position) =>
    'sentenceId' in link
      ? { ...owner, position, relation: link.relation, sentenceId: link.sentenceId }
      : { ...owner, position, relation: link.relation, url: link.url, quote: link.quote },
  );
}

/** Makes `evidence` the verdict's evidence, in order, replacing what a saved verdict had. */
export async function replaceEvidence(tx: DbTransaction, owner: EvidenceOwner, evidence: TEvidence[], { isNew }: { isNew: boolean }) {
  if (!isNew) await tx.evidence.deleteMany({ where: owner });
  await tx.evidence.createMany({ data: evidenceRows(owner, evidence) });
}
