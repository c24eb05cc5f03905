import type { VerdictContent } from '@/lib/verdicts/verdict-shape';

/**
 * An evidence link as the verdict form holds it: what is saved, plus what the reviewer is shown.
 * A sentence linked from a suggestion also knows whether its report is independent of the claim's.
 */
export type EvidenceDraft =
  | { sentenceId: string; relation: 'supports' | 'contradicts'; outlet: string; text: string; independent?: boolean; independenceNote?: string | null }
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

/**
 * Why the chosen evidence cannot make the verdict corroborated, before saving: every supporting
 * link is known not to be independent of the claim's report. Null when one may be (the server
 * decides links the form knows nothing of, such as outside pages, and says why if it refuses).
 */
export function corroborationNotice(label: string | undefined, evidence: readonly EvidenceDraft[]): string | null {
  if (label !== 'corroborated') return null;
  const supporting = evidence.filter((link) => link.relation === 'supports');
  if (supporting.length === 0) return null;
  const notes: string[] = [];
  for (const link of supporting) {
    if (!('sentenceId' in link) || link.independent !== false) return null;
    notes.push(link.independenceNote ?? `${link.outlet} is not independent of this report`);
  }
  return `A corroborated verdict needs a supporting source independent of this report: ${[...new Set(notes)].join('; ')}. Link an independent source, or choose another label.`;
}
