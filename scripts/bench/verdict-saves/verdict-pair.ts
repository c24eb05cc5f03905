/**
 * One load connection's (or pgbench client's) own verdict: a reviewer's verdict on a claim, the
 * API token of that reviewer, and the version last saved, so the next save is never stale.
 */
export type VerdictPair = {
  claimId: string;
  reviewerId: string;
  reviewerEmail: string;
  token: string;
  reportId: string;
  /** The claim's sentence. */
  sentenceId: string;
  /** A sentence of another report that every save cites as its supporting source. */
  evidenceSentenceId: string;
  evidenceReportId: string;
  verdictId: string;
  version: number;
};

/**
 * What every benchmarked save sends, by HTTP or through saveVerdict: a corroborated verdict
 * citing one sentence of another report, so each save also replaces the verdict's evidence.
 */
export function verdictBody(pair: VerdictPair, note: string, version: number | undefined) {
  return {
    label: 'corroborated' as const,
    note,
    evidence: [{ sentenceId: pair.evidenceSentenceId, relation: 'supports' as const }],
    ...(version === undefined ? {} : { version }),
  };
}
