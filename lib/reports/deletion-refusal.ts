import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import { countOf } from '@/lib/format/plural';

export type ReportReviews = { verdicts: number; finalVerdicts: number; citingEvidence: number };

/**
 * What keeps a report from being deleted: anyone's verdicts or final verdicts on its claims
 * (removed and orphaned ones included), and evidence on other reports' verdicts citing its
 * sentences. Read one after another: queries at once inside a transaction would share its connection.
 */
export async function countReportReviews(client: Db | DbTransaction, reportId: string): Promise<ReportReviews> {
  const verdicts = await client.verdict.count({ where: { claim: { reportId } } });
  const finalVerdicts = await client.finalVerdict.count({ where: { claim: { reportId } } });
  const citingEvidence = await client.evidence.count({ where: { sentence: { reportId } } });
  return { verdicts, finalVerdicts, citingEvidence };
}

export const keptForHistory = 'Archive it instead: verdicts are kept for exports and the audit history.';

/** Why a report with these reviews cannot be deleted, or null when it can. */
export function deletionRefusal({ verdicts, finalVerdicts, citingEvidence }: ReportReviews): string | null {
  if (verdicts + finalVerdicts > 0) return `This report has ${countOf(verdicts + finalVerdicts, 'verdict', 'verdicts')}, so it cannot be deleted. ${keptForHistory}`;
  if (citingEvidence > 0) return `Verdicts on other reports cite this report’s sentences as evidence ${countOf(citingEvidence, 'time', 'times')}, so it cannot be deleted. ${keptForHistory}`;
  return null;
}
