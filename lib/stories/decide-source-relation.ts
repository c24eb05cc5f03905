import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canDecideSources } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZClearSourceDecision, ZDecideSourceRelation } from '@/lib/validations/source-relation';
import { orderedPair } from './ordered-pair';

type DecisionSnapshot = { relation: 'independent' | 'derived'; derivedReportId: string | null; reason: string | null };

/** Both reports exist, and when a story is named, both are in it. */
async function assertReportsExist(tx: DbTransaction, { reportId, otherReportId, storyId }: { reportId: string; otherReportId: string; storyId?: string | undefined }) {
  const found = await tx.report.findMany({ where: { id: { in: [reportId, otherReportId] } }, select: { id: true, storyId: true } });
  const byId = new Map(found.map((report) => [report.id, report]));
  if (storyId && !(await tx.story.findUnique({ where: { id: storyId }, select: { id: true } }))) throw new AppError('not_found', 'No story has this id', 'storyId');
  for (const [field, id] of [['reportId', reportId], ['otherReportId', otherReportId]] as const) {
    const report = byId.get(id);
    if (!report) throw new AppError('not_found', 'No report has this id', field);
    if (storyId && report.storyId !== storyId) throw new AppError('invalid', 'This report is not in this story', field);
  }
}

async function lockedDecision(tx: DbTransaction, [reportId, otherReportId]: [string, string]): Promise<DecisionSnapshot | null> {
  // The row lock makes two editors deciding one pair at once take turns, each auditing the other's as previous.
  const [row] = await tx.$queryRaw<DecisionSnapshot[]>`
    SELECT relation::text AS relation, derived_report_id::text AS "derivedReportId", reason
    FROM source_decisions WHERE report_id = ${reportId}::uuid AND other_report_id = ${otherReportId}::uuid FOR UPDATE`;
  return row ?? null;
}

const entityIdOf = (pair: [string, string]) => pair.join(',');

/**
 * An editor's decision (editors and admins) that two reports are independent sources, or that one
 * is derived from the other (derivedReportId, the copy, or none when neither is known to be the
 * original). It overrides credit lines and text reuse until cleared. Audited with the previous one.
 */
export async function decideSourceRelation({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDecideSources, 'decide whether reports are independent sources');
  const { reportId, otherReportId, storyId, relation, derivedReportId, reason } = parseInput(ZDecideSourceRelation, input);
  const pair = orderedPair(reportId, otherReportId);
  return runTransaction(async (tx) => {
    await assertReportsExist(tx, { reportId, otherReportId, storyId });
    const previous = await lockedDecision(tx, pair);
    const decision = { relation, derivedReportId: relation === 'derived' ? derivedReportId : null, reason };
    const data = { ...decision, decidedById: actorUserId(actor), decidedAt: new Date() };
    await tx.sourceDecision.upsert({
      where: { reportId_otherReportId: { reportId: pair[0], otherReportId: pair[1] } },
      create: { reportId: pair[0], otherReportId: pair[1], ...data },
      update: data,
      select: { reportId: true },
    });
    await writeAuditEvent(tx, {
      actor,
      action: 'source.decided',
      entityType: 'source_decision',
      entityId: entityIdOf(pair),
      reportId: pair[0],
      before: previous,
      after: { reportIds: pair, ...decision, previous },
      reason,
    });
    return { reportIds: pair, ...decision };
  });
}

/** Takes back an editor's decision on two reports (editors and admins): credit lines and text reuse decide again. Audited. */
export async function clearSourceDecision({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDecideSources, 'decide whether reports are independent sources');
  const { reportId, otherReportId, storyId, reason } = parseInput(ZClearSourceDecision, input);
  const pair = orderedPair(reportId, otherReportId);
  return runTransaction(async (tx) => {
    await assertReportsExist(tx, { reportId, otherReportId, storyId });
    const previous = await lockedDecision(tx, pair);
    if (!previous) throw new AppError('not_found', 'No editor has decided on these two reports', 'reportIds');
    await tx.sourceDecision.delete({ where: { reportId_otherReportId: { reportId: pair[0], otherReportId: pair[1] } }, select: { reportId: true } });
    await writeAuditEvent(tx, { actor, action: 'source.decision_cleared', entityType: 'source_decision', entityId: entityIdOf(pair), reportId: pair[0], before: previous, after: null, reason });
    return { reportIds: pair, cleared: true };
  });
}
