import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { assertAllowed, canDeleteReports } from '@/lib/permissions';

const ZDeletedName = z.object({ outlet: z.string(), title: z.string().nullable() });

/**
 * A deleted report as its deletion recorded it (its name, when and by whom), for the status shown
 * on the reports list after a delete; null when the id names no deleted report.
 */
export async function findDeletedReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  assertAllowed(actor, canDeleteReports, 'delete reports');
  if (!z.uuid().safeParse(reportId).success) return null;
  const event = await db.auditEvent.findFirst({
    where: { action: 'report.deleted', entityType: 'report', entityId: reportId },
    orderBy: { sequence: 'desc' },
    select: { before: true, createdAt: true, actor: { select: { name: true } } },
  });
  const deleted = ZDeletedName.safeParse(event?.before);
  if (!event || !deleted.success) return null;
  return { id: reportId, name: reportName(deleted.data), deletedAt: event.createdAt.toISOString(), deletedBy: event.actor?.name ?? null };
}
