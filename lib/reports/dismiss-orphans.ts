import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { assertAllowed, canDismissOrphans } from '@/lib/permissions';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { runTransaction } from '@/lib/database/run-transaction';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZDismissOrphans } from '@/lib/validations/report';
import { assertReportOpen } from './assert-report-open';

type Orphan = { id: string; revision: number; text: string };

/** The orphans of a report still listed for action: orphaned by a re-import and not dismissed. */
export const listedOrphan = (reportId: string) => ({ reportId, orphanedAt: { not: null }, dismissedAt: null });

const orphanSelect = { id: true, revision: true, text: true } as const;

/** The listed orphans among `ids`, refusing (naming the first at fault) an id that is not one. */
function requireListed(found: Orphan[], ids: string[], field: 'sentenceIds' | 'claimIds'): Orphan[] {
  const byId = new Map(found.map((orphan) => [orphan.id, orphan]));
  const unit = field === 'sentenceIds' ? 'sentence' : 'claim';
  return ids.map((id, index) => {
    const orphan = byId.get(id);
    if (!orphan) throw new AppError('invalid', `No orphaned ${unit} of this report awaiting dismissal has this id`, `${field}.${index}`);
    return orphan;
  });
}

async function findOrphansToDismiss(tx: DbTransaction, { reportId, sentenceIds, claimIds, all }: { reportId: string; sentenceIds: string[]; claimIds: string[]; all: boolean }) {
  const where = listedOrphan(reportId);
  const sentences = await tx.sentence.findMany({ where: all ? where : { ...where, id: { in: sentenceIds } }, orderBy: { index: 'asc' }, select: orphanSelect });
  const claims = await tx.claim.findMany({ where: all ? where : { ...where, id: { in: claimIds } }, orderBy: { start: 'asc' }, select: orphanSelect });
  if (all) return { sentences, claims };
  return { sentences: requireListed(sentences, sentenceIds, 'sentenceIds'), claims: requireListed(claims, claimIds, 'claimIds') };
}

/**
 * Takes what re-imports orphaned off a report's orphan list (editors and admins): the sentences
 * and claims named, or all of them. Nothing is deleted: the rows keep their verdicts and history,
 * and are marked dismissed, by whom and when, with one `report.orphans_dismissed` event. An id
 * that is not a listed orphan of this report is refused, naming it, and nothing changes; an
 * approved report is locked.
 */
export async function dismissOrphans({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDismissOrphans, 'dismiss orphans');
  const { reportId, sentenceIds, claimIds, all, reason } = parseInput(ZDismissOrphans, input);
  return runTransaction(async (tx) => {
    await assertReportOpen(tx, reportId);
    const orphans = await findOrphansToDismiss(tx, { reportId, sentenceIds, claimIds, all });
    const dismissed = { sentenceIds: orphans.sentences.map((orphan) => orphan.id), claimIds: orphans.claims.map((orphan) => orphan.id) };
    if (dismissed.sentenceIds.length + dismissed.claimIds.length === 0) return { reportId, ...dismissed };
    const dismissedAt = new Date();
    const data = { dismissedAt, dismissedById: actorUserId(actor) };
    const sentences = await tx.sentence.updateMany({ where: { ...listedOrphan(reportId), id: { in: dismissed.sentenceIds } }, data });
    const claims = await tx.claim.updateMany({ where: { ...listedOrphan(reportId), id: { in: dismissed.claimIds } }, data });
    // The updates wait on the rows a concurrent dismissal holds and then find them dismissed: so an orphan is dismissed once.
    if (sentences.count !== dismissed.sentenceIds.length || claims.count !== dismissed.claimIds.length) {
      throw new AppError('conflict', 'Someone else dismissed some of these orphans meanwhile, so nothing was dismissed: reload the report and try again');
    }
    await writeAuditEvent(tx, {
      actor,
      action: 'report.orphans_dismissed',
      entityType: 'report',
      entityId: reportId,
      reportId,
      before: orphans,
      after: { dismissedAt: dismissedAt.toISOString(), ...dismissed },
      reason,
    });
    return { reportId, ...dismissed };
  });
}
