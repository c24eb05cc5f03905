import { db, type Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AuditCursor, AuditFilters } from '@/lib/validations/audit-query';

/** One audit event as the history shows it: who (by name), on what report, and the raw change. */
export type AuditEventRow = {
  sequence: bigint;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reportId: string | null;
  reportTitle: string | null;
  reportOutlet: string | null;
  reportPublishedOn: Date | null;
  reportCreatedAt: Date | null;
  /** What the report.deleted event recorded, for a report that is gone. */
  deletedTitle: string | null;
  deletedOutlet: string | null;
  sentenceId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  reason: string | null;
  hash: string;
};

function filterConditions(filters: AuditFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.actor) conditions.push(Prisma.sql`e.actor_id = ${filters.actor}::uuid`);
  if (filters.reportId) conditions.push(Prisma.sql`e.report_id = ${filters.reportId}::uuid`);
  if (filters.sentenceId) conditions.push(Prisma.sql`e.sentence_id = ${filters.sentenceId}::uuid`);
  if (filters.action) conditions.push(Prisma.sql`e.action = ${filters.action}`);
  if (filters.entityType) conditions.push(Prisma.sql`e.entity_type = ${filters.entityType}`);
  if (filters.entityId) conditions.push(Prisma.sql`e.entity_id = ${filters.entityId}`);
  if (filters.from) conditions.push(Prisma.sql`e.created_at >= ${filters.from}`);
  if (filters.to) conditions.push(Prisma.sql`e.created_at < ${filters.to}`);
  return conditions;
}

/**
 * Up to `limit` events matching the filters past `cursor`: the next older ones, newest first, or
 * for a `newer` cursor the next newer ones, oldest first. The seek is a row
 * comparison on (created_at, sequence), which Postgres answers from the composite index of the
 * filtered column (or the plain one) however deep the page: no OFFSET, no count.
 */
export async function readAuditEventRows(
  filters: AuditFilters,
  cursor: AuditCursor | undefined,
  limit: number,
  { through, client = db }: { through?: bigint; client?: Db } = {},
): Promise<AuditEventRow[]> {
  const conditions = filterConditions(filters);
  if (through !== undefined) conditions.push(Prisma.sql`e.sequence <= ${through}`);
  const newer = cursor?.direction === 'newer';
  if (cursor) conditions.push(newer ? Prisma.sql`(e.created_at, e.sequence) > (${cursor.createdAt}, ${cursor.sequence})` : Prisma.sql`(e.created_at, e.sequence) < (${cursor.createdAt}, ${cursor.sequence})`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  return client.$queryRaw<AuditEventRow[]>`
    SELECT e.sequence, e.created_at AS "createdAt", e.actor_id AS "actorId", u.name AS "actorName", u.email AS "actorEmail",
      e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", e.report_id AS "reportId",
      r.title AS "reportTitle", r.outlet AS "reportOutlet", r.published_on AS "reportPublishedOn", r.created_at AS "reportCreatedAt", deleted.before->>'title' AS "deletedTitle", deleted.before->>'outlet' AS "deletedOutlet",
      e.sentence_id AS "sentenceId",
      e.before, e.after, e.request_id AS "requestId", e.reason, e.hash
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN reports r ON r.id = e.report_id
    -- A deleted report is named by what its deletion recorded (report_id is no foreign key, so its events stay).
    LEFT JOIN LATERAL (
      SELECT d.before FROM audit_events d
      WHERE r.id IS NULL AND e.report_id IS NOT NULL AND d.report_id = e.report_id AND d.action = 'report.deleted'
      ORDER BY d.created_at DESC, d.sequence DESC LIMIT 1
    ) deleted ON true
    ${where}
    ${newer ? Prisma.sql`ORDER BY e.created_at ASC, e.sequence ASC` : Prisma.sql`ORDER BY e.created_at DESC, e.sequence DESC`}
    LIMIT ${limit}`;
}

/** Every event up to sequence `through` matching the filters, newest first, read a page at a time. */
export async function* readAllAuditEventRows(filters: AuditFilters, through: bigint, client: Db, pageSize = 1000): AsyncGenerator<AuditEventRow[]> {
  let cursor: AuditCursor | undefined;
  for (;;) {
    const rows = await readAuditEventRows(filters, cursor, pageSize, { through, client });
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    cursor = { createdAt: last.createdAt, sequence: last.sequence };
  }
}
