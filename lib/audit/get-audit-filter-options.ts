import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { reportName } from '@/lib/export/report-name';
import { assertCanBrowseAudit } from './list-audit-events';

/** What the history's filters offer: every account and report by name, and the sentence being traced. */
export async function getAuditFilterOptions({ actor, sentenceId }: { actor: Actor; sentenceId?: string }) {
  assertCanBrowseAudit(actor);
  const [users, reports, sentence] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] }),
    db.report.findMany({ select: { id: true, title: true, outlet: true }, orderBy: { createdAt: 'desc' } }),
    sentenceId
      ? db.sentence.findUnique({ where: { id: sentenceId }, select: { id: true, index: true, text: true, report: { select: { id: true, title: true, outlet: true } } } })
      : null,
  ]);
  return {
    users,
    reports: reports.map((report) => ({ id: report.id, name: reportName(report) })),
    sentence: sentence && { id: sentence.id, position: sentence.index + 1, text: sentence.text, report: { id: sentence.report.id, name: reportName(sentence.report) } },
  };
}
