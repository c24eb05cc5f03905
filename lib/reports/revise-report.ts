import 'server-only';
import type { Actor } from '@/lib/actor';
import { actorUserId } from '@/lib/actor';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { createDefaultClaims } from './create-default-claims';
import { bulkWriteOptions, runTransaction } from '@/lib/database/run-transaction';
import { refreshTextReuse } from '@/lib/stories/text-reuse-cache';
import { recordSearchTerms } from './record-search-terms';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/db';
import { assertNotArchived, reportLocked } from './assert-report-open';
import { quoteAnchor } from '@/lib/segmentation/quote-anchor';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReviseReport } from '@/lib/validations/report';
import { planReattachment } from './plan-reattachment';
import { reanchorClaims } from './reanchor-claims';
import { reportBodyFrom } from './report-body-from';
import { sentenceRows } from './sentence-rows';
import { sha256 } from './store-report';
import { updateSentenceAnchors } from './update-sentence-anchors';

/**
 * Replaces a report's text with a corrected version (editors and admins). Sentences and their
 * claims are re-attached to the new text by quote, exactly or fuzzily; what cannot be re-attached
 * is marked orphaned for an editor to see, never deleted. The old text stays as a revision.
 */
export async function reviseReport({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 're-import reports');
  const { reportId, body: rawBody, bodyFormat } = parseInput(ZReviseReport, input);
  const page = bodyFormat === 'html' ? await db.report.findUnique({ where: { id: reportId }, select: { url: true } }) : null;
  const { body } = await reportBodyFrom(rawBody, bodyFormat, { url: page?.url ?? null });
  const bodySha256 = sha256(body);

  return runTransaction(async (tx) => {
    const [report] = await tx.$queryRaw<{ revision: number; bodySha256: string; title: string | null; status: string; archivedAt: Date | null }[]>`
      SELECT revision, body_sha256 AS "bodySha256", title, status::text AS status, archived_at AS "archivedAt" FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
    if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
    assertNotArchived(report);
    if (report.status === 'approved') throw reportLocked();
    if (report.bodySha256 === bodySha256) throw new AppError('conflict', 'This text is the same as the current version', 'body');
    const other = await tx.report.findUnique({ where: { bodySha256 }, select: { outlet: true } });
    if (other) throw new AppError('conflict', `This text is already imported as a ${other.outlet} report`, 'body');

    const sentences = await tx.sentence.findMany({
      where: { reportId, orphanedAt: null },
      orderBy: { index: 'asc' },
      select: { id: true, text: true, prefix: true, suffix: true, start: true, kind: true, detectedKind: true },
    });
    const spans = segmentReport(body, { title: report.title });
    const anchoredSpans = spans.map((span) => ({ ...span, ...quoteAnchor(body, span.start, span.end) }));
    const plan = planReattachment(sentences, anchoredSpans);
    const revision = report.revision + 1;
    const now = new Date();

    await tx.reportRevision.create({ data: { reportId, number: revision, body, bodySha256, createdById: actorUserId(actor) } });
    await tx.report.update({ where: { id: reportId }, data: { body, bodySha256, revision } });
    const moved = plan.matches.map(({ oldIndex, newIndex, method }) => {
      const sentence = sentences[oldIndex] as (typeof sentences)[number];
      const span = anchoredSpans[newIndex] as (typeof anchoredSpans)[number];
      const wasKindChanged = sentence.kind !== sentence.detectedKind;
      return { id: sentence.id, oldStart: sentence.start, span, method, kind: wasKindChanged ? sentence.kind : span.kind };
    });
    await updateSentenceAnchors(tx, revision, moved);
    const orphanedIds = plan.orphaned.map((index) => (sentences[index] as (typeof sentences)[number]).id);
    await tx.sentence.updateMany({ where: { id: { in: orphanedIds } }, data: { orphanedAt: now } });
    const addedSpans = plan.added.map((index) => spans[index] as (typeof spans)[number]);
    await tx.sentence.createMany({ data: sentenceRows(reportId, revision, body, addedSpans) });
    await recordSearchTerms(tx, addedSpans.map((span) => span.text));
    const claims = await reanchorClaims(tx, { reportId, revision, body, moved, orphanedSentenceIds: orphanedIds, now });
    await createDefaultClaims(tx, reportId);
    await refreshTextReuse(tx, reportId);

    const count = (method: 'exact' | 'fuzzy') => plan.matches.filter((match) => match.method === method).length;
    const summary = {
      revision,
      bodySha256,
      sentences: { exact: count('exact'), fuzzy: count('fuzzy'), orphaned: orphanedIds, added: plan.added.length },
      claims,
    };
    await writeAuditEvent(tx, {
      actor,
      action: 'report.revised',
      entityType: 'report',
      entityId: reportId,
      reportId,
      before: { revision: report.revision, bodySha256: report.bodySha256 },
      after: summary,
    });
    return summary;
  }, bulkWriteOptions);
}
