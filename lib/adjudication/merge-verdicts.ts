import type { TEvidence, VerdictLabel } from '@/lib/validations/verdict';

type ReviewerVerdict = {
  label: VerdictLabel;
  note: string;
  evidence: ({ kind: 'sentence'; sentenceId: string; relation: TEvidence['relation'] } | { kind: 'url'; url: string; quote: string; relation: TEvidence['relation'] })[];
};

/** The label more reviewers gave than any other, or null when the top labels tie. */
export function majorityLabel(verdicts: readonly { label: VerdictLabel }[]): VerdictLabel | null {
  const counts = new Map<VerdictLabel, number>();
  for (const verdict of verdicts) counts.set(verdict.label, (counts.get(verdict.label) ?? 0) + 1);
  const [top, runnerUp] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || (runnerUp && runnerUp[1] === top[1])) return null;
  return top[0];
}

/**
 * One verdict made of the reviewers' verdicts with the given label: their distinct notes, and
 * every evidence link any of them gave, each once. It satisfies the label's evidence rule
 * because each verdict it is made from did.
 */
export function mergeVerdicts(label: VerdictLabel, verdicts: readonly ReviewerVerdict[]) {
  const chosen = verdicts.filter((verdict) => verdict.label === label);
  const notes = [...new Set(chosen.map((verdict) => verdict.note.trim()).filter(Boolean))];
  const evidence = new Map<string, TEvidence>();
  for (const link of chosen.flatMap((verdict) => verdict.evidence)) {
    const key = link.kind === 'sentence' ? `s:${link.sentenceId}:${link.relation}` : `u:${link.url}:${link.quote}:${link.relation}`;
    if (!evidence.has(key)) {
      evidence.set(key, link.kind === 'sentence' ? { sentenceId: link.sentenceId, relation: link.relation } : { url: link.url, quote: link.quote, relation: link.relation });
    }
  }
  return { label, note: notes.join('\n\n'), evidence: [...evidence.values()] };
}
