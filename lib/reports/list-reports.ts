import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { parseInput } from '@/lib/validations/parse-input';
import type { ReportStatus } from '@/lib/validations/workflow';

const ZListReports = z.object({
  cursor: z.uuid({ message: 'cursor must be a report id from nextCursor' }).optional(),
  limit: z.coerce.number().int().min(1, 'limit must be between 1 and 200').max(200, 'limit must be between 1 and 200').default(50),
  archived: z.enum(['exclude', 'include', 'only'], { message: 'archived must be exclude, include or only' }).default('exclude'),
});

const archivedWhere = { exclude: { archivedAt: null }, include: {}, only: { archivedAt: { not: null } } } as const;

export type ReportListItem = { id: string; name: string; outlet: string; title: string | null; publishedOn: string | null; importedAt: string; status: ReportStatus; archivedAt: string | null };

/** Reports by outlet then id, a page at a time: `{ items, nextCursor }`; archived ones only when asked for. */
export async function listReports({ actor, input = {} }: { actor: Actor; input?: unknown }) {
  const { cursor, limit, archived } = parseInput(ZListReports, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const rows = await db.report.findMany({
    where: archivedWhere[archived],
    select: { id: true, outlet: true, title: true, publishedOn: true, createdAt: true, status: true, archivedAt: true },
    orderBy: [{ outlet: 'asc' }, { id: 'asc' }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const items: ReportListItem[] = rows.slice(0, limit).map((report) => ({
    id: report.id,
    name: reportName(report),
    outlet: report.outlet,
    title: report.title,
    publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null,
    importedAt: report.createdAt.toISOString(),
    status: report.status,
    archivedAt: report.archivedAt?.toISOString() ?? null,
  }));
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
