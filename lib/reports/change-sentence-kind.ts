import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canChangeSentenceKind, canReadReports } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { createDefaultClaims } from './create-default-claims';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { assertReportOpen } from './assert-report-open';
import { ZChangeSentenceKind } from '@/lib/validations/sentence';
import { parseInput } from '@/lib/validations/parse-input';

/**
 * Sets a sentence's kind, e.g. a caption the segmenter took for a body sentence. Only `body`
 * sentences are for review, but claims that already have verdicts stay in adjudication and approval whatever the kind.
 * Once the report is in adjudication only editors change kinds; approved, nobody does.
 */
export async function changeSentenceKind({ actor, input }: { actor: Actor; input: unknown }) {
  const { sentenceId, kind } = parseInput(ZChangeSentenceKind, input);
  assertAllowed(actor, canReadReports, 'change sentence kinds');
  return runTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ kind: string; report_id: string }[]>`
      SELECT kind::text, report_id FROM sentences WHERE id = ${sentenceId}::uuid AND orphaned_at IS NULL FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new AppError('not_found', 'No current sentence has this id', 'sentenceId');
    const report = await assertReportOpen(tx, before.report_id);
    if (!canChangeSentenceKind(actor, report)) {
      throw new AppError('forbidden', 'This report is in adjudication: only editors can change a sentence’s kind now');
    }
    if (before.kind === kind) return { id: sentenceId, kind };
    await tx.sentence.update({ where: { id: sentenceId }, data: { kind } });
    if (kind === 'body') await createDefaultClaims(tx, before.report_id);
    await writeAuditEvent(tx, {
      actor,
      action: 'sentence.kind_changed',
      entityType: 'sentence',
      entityId: sentenceId,
      reportId: before.report_id,
      sentenceId,
      before: { kind: before.kind },
      after: { kind },
    });
    return { id: sentenceId, kind };
  });
}
