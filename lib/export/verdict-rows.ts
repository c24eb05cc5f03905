import type { ExportFinalVerdict, ExportReviewerVerdict, ExportScope } from '@/lib/validations/export-document';
import type { ExportClaimRow } from './export-events';

export type VerdictRow =
  | { kind: 'final'; verdict: ExportFinalVerdict }
  | { kind: 'reviewer'; verdict: ExportReviewerVerdict }
  | { kind: 'none'; verdict: null };

/**
 * The verdicts of a claim a table shows, one row each: scope "final" gives the final verdict;
 * scope "all" gives each reviewer's verdict, then the final one. A claim without any still gets
 * one row, so every claim is listed.
 */
export function verdictRows(claim: ExportClaimRow, scope: ExportScope): VerdictRow[] {
  const rows: VerdictRow[] = [];
  if (scope === 'all') for (const verdict of claim.verdicts ?? []) rows.push({ kind: 'reviewer', verdict });
  if (claim.finalVerdict) rows.push({ kind: 'final', verdict: claim.finalVerdict });
  return rows.length > 0 ? rows : [{ kind: 'none', verdict: null }];
}
