import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import type { Db } from '@/lib/db';
import { reportLabel, reportName } from '@/lib/format/report-name';
import { assertCanBrowseAudit } from './list-audit-events';

/**
 * What the history's filters offer: every account and report by name, and the sentence being
 * traced (none when the id is not a sentence id: the page shows the filter's own error).
 */
export async function getAuditFilterOptions({ actor, sentenceId }: { actor: Actor; sentenceId?: string }) {
  assertCanBrowseAudit(actor);
  const tracedSentenceId = z.uuid().safeParse(sentenceId).success ? sentenceId : undefined;
  const client = await lagTolerantReads(actor);
  const [users, reports, deletedReports, sentence] = await Promise.all([
    client.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] }),
    client.report.findMany({ select: { id: true, title: true, outlet: true, publishedOn: true, createdAt: true }, orderBy: { createdAt: 'desc' } }),
    // Deleted reports keep their history, so they stay in the filter, by the names their deletions recorded.
    client.$queryRaw<{ id: string; title: string | null; outlet: string }[]>`
      SELECT DISTINCT ON (report_id) report_id AS id, before->>'title' AS title, before->>'outlet' AS outlet
      FROM audit_events WHERE action = 'report.deleted' AND report_id IS NOT NULL
      ORDER BY report_id, created_at DESC, sequence DESC`,
    tracedSentenceId
      ? client.sentence.findUnique({
          where: { id: tracedSentenceId },
          select: { id: true, index: true, kind: true, orphanedAt: true, text: true, report: { select: { id: true, title: true, outlet: true, publishedOn: true, createdAt: true } } },
        })
      : null,
  ]);
  return {
    users,
    reports: [
      ...reports.map((report) => ({ id: report.id, name: reportLabel(report) })),
      ...deletedReports.filter((report) => !reports.some((live) => live.id === report.id)).map((report) => ({ id: report.id, name: `${reportName(report)} (deleted)` })),
    ],
    sentence: sentence && { id: sentence.id, name: await sentenceName(client, sentence), text: sentence.text, report: { id: sentence.report.id, name: reportName(sentence.report) } },
  };
}

/** What the review page calls the sentence: "sentence N" counting the current sentences for review, else "line N" of the report. */
async function sentenceName(client: Db, sentence: { index: number; kind: string; orphanedAt: Date | null; report: { id: string } }): Promise<string> {
  if (sentence.kind !== 'body' || sentence.orphanedAt) return `line ${sentence.index + 1}`;
  const number = await client.sentence.count({ where: { reportId: sentence.report.id, orphanedAt: null, kind: 'body', index: { lte: sentence.index } } });
  return `sentence ${number}`;
}
