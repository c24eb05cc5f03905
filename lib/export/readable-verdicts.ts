import type { ExportScope } from '@/lib/validations/export-document';
import { finalVerdictBasisNames, verdictLabelNames, type VerdictLabel } from '@/lib/validations/verdict';
import { describeEvidence } from './describe-evidence';
import { supportCaveat } from './support-caveat';
import type { ExportClaimRow } from './export-events';
import { verdictRows } from './verdict-rows';

export type ReadableVerdict = {
  label: VerdictLabel | null;
  title: string;
  byline: string;
  note: string;
  evidence: string[];
  /** The claim's words when it is narrower than its sentence. */
  claimText: string | null;
  /** Why a final corroborated verdict lacks independent support, when it does. */
  caveat: string | null;
};

/** A claim's verdicts in scope as a reader sees them in the HTML and PDF reports. */
export function readableVerdicts(claim: ExportClaimRow, scope: ExportScope): ReadableVerdict[] {
  const claimText = claim.isDefault ? null : claim.text;
  return verdictRows(claim, scope).map((row) => {
    if (row.kind === 'none') {
      return { label: null, title: scope === 'final' ? 'Not yet settled' : 'No verdict yet', byline: '', note: '', evidence: [], claimText, caveat: null };
    }
    const { verdict } = row;
    const date = verdict.updatedAt.slice(0, 10);
    const byline =
      row.kind === 'final'
        ? `Final verdict by ${row.verdict.decidedBy.name} (${finalVerdictBasisNames[row.verdict.basis]}), ${date}`
        : `Reviewer ${row.verdict.reviewer.name}, ${date}`;
    const caveat = row.kind === 'final' ? supportCaveat(row.verdict) : null;
    return { label: verdict.label, title: verdictLabelNames[verdict.label], byline, note: verdict.note, evidence: verdict.evidence.map(describeEvidence), claimText, caveat };
  });
}

/**
 * Sentences a reader of a verdict report wants: the article's text, not page furniture, except
 * furniture whose claims have verdicts (a sentence marked boilerplate after it was judged keeps its
 * judgements).
 */
export function isReadableSentence(sentence: { kind: string; claims: readonly ExportClaimRow[] }): boolean {
  if (sentence.kind !== 'boilerplate' && sentence.kind !== 'credit') return true;
  return sentence.claims.some((claim) => claim.finalVerdict || claim.reviewerNames.length > 0);
}
