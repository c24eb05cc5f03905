import type { VerdictContent } from '@/lib/verdicts/verdict-shape';

/** An evidence link as the verdict form holds it: what is saved, plus what the reviewer is shown. */
export type EvidenceDraft =
  | { sentenceId: string; relation: 'supports' | 'contradicts'; outlet: string; text: string }
  | { url: string; quote: string; relation: 'supports' | 'contradicts' };

export function draftsOf(verdict: VerdictContent | null): EvidenceDraft[] {
  return (verdict?.evidence ?? []).map((link) =>
    link.kind === 'sentence'
      ? { sentenceId: link.sentenceId, relation: link.relation, outlet: link.outlet, text: link.text }
      : { url: link.url, quote: link.quote, relation: link.relation },
  );
}

export function isSameEvidence(a: EvidenceDraft, b: EvidenceDraft): boolean {
  if ('sentenceId' in a && 'sentenceId' in b) return a.sentenceId === b.sentenceId;
  if ('url' in a && 'url' in b) return a.url === b.url && a.quote === b.quote;
  return false;
}
