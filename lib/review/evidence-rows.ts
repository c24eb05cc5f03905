import type { TEvidence } from '@/lib/validations/verdict';

type Owner = { verdictId: string } | { finalVerdictId: string };

/** Evidence links as rows of the evidence table, in the order given, for a reviewer's or a final verdict. */
export function evidenceRows(owner: Owner, evidence: TEvidence[]) {
  return evidence.map((link, position) =>
    'sentenceId' in link
      ? { ...owner, position, relation: link.relation, sentenceId: link.sentenceId }
      : { ...owner, position, relation: link.relation, url: link.url, quote: link.quote },
  );
}
