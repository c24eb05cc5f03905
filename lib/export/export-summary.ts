import 'server-only';
import { agreementFigures } from '@/lib/agreement/agreement-figures';
import { loadClaimVerdicts } from '@/lib/agreement/load-claim-verdicts';
import type { Db } from '@/lib/db';
import type { ExportScope } from '@/lib/validations/export-document';
import { reportLabel, reportName } from '@/lib/format/report-name';
import { verdictLabels, type VerdictLabel } from '@/lib/validations/verdict';

export type ReportSummary = {
  id: string;
  /** The report's display name (reportName). */
  name: string;
  /** The name with what tells reports apart in a list (reportLabel). */
  label: string;
  outlet: string;
  claims: number;
  labels: Record<VerdictLabel, number>;
  /** Claims without a final verdict (scope "final") or without any verdict (scope "all"). */
  unlabelled: number;
  alpha: number | null;
  percentAgreement: number | null;
};

/**
 * The figures a readable verdict report opens with, per report: claims per label (final labels,
 * or every reviewer's label for scope "all") and the reviewers' agreement. Read one report at a
 * time, keeping only the figures.
 */
export async function exportSummary(reportIds: string[], scope: ExportScope, client: Db): Promise<ReportSummary[]> {
  const reports = await client.report.findMany({ where: { id: { in: reportIds } }, select: { id: true, title: true, outlet: true, publishedOn: true, createdAt: true } });
  const reportById = new Map(reports.map((report) => [report.id, report]));
  const summaries: ReportSummary[] = [];
  for (const reportId of reportIds) {
    const report = reportById.get(reportId);
    if (!report) continue;
    const claims = await loadClaimVerdicts([reportId], client);
    const labels = Object.fromEntries(verdictLabels.map((label) => [label, 0])) as Record<VerdictLabel, number>;
    let unlabelled = 0;
    for (const claim of claims) {
      const claimLabels = scope === 'final' ? (claim.finalLabel ? [claim.finalLabel] : []) : claim.verdicts.map((verdict) => verdict.label);
      if (claimLabels.length === 0) unlabelled += 1;
      for (const label of claimLabels) labels[label] += 1;
    }
    const { alpha, percentAgreement } = agreementFigures(claims);
    summaries.push({ id: report.id, name: reportName(report), label: reportLabel(report), outlet: report.outlet, claims: claims.length, labels, unlabelled, alpha, percentAgreement });
  }
  return summaries;
}
