import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canBrowseAudit } from '@/lib/permissions';
import { encodeAuditCursor, ZAuditQuery, type AuditQuery } from '@/lib/validations/audit-query';
import { parseInput } from '@/lib/validations/parse-input';
import { reportName } from '@/lib/format/report-name';
import { diffAuditValues, type AuditChange } from '@/lib/audit/audit-diff';
import { readAuditEventRows, type AuditEventRow } from './audit-event-rows';

export type AuditEventItem = {
  sequence: string;
  createdAt: string;
  actor: { id: string; name: string; email: string } | null;
  /** Who acted when no user did: the command line, the seed, or a sign-in attempt. */
  system: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** `isDeleted`: the report was deleted since; its name is the one its deletion recorded. */
  report: { id: string; name: string; isDeleted: boolean } | null;
  sentenceId: string | null;
  before: unknown;
  after: unknown;
  changes: AuditChange[];
  reason: string | null;
  requestId: string | null;
  hash: string;
};

function eventReport(id: string, row: AuditEventRow): NonNullable<AuditEventItem['report']> {
  if (row.reportOutlet) return { id, name: reportName({ title: row.reportTitle, outlet: row.reportOutlet, publishedOn: row.reportPublishedOn, createdAt: row.reportCreatedAt }), isDeleted: false };
  if (row.deletedOutlet) return { id, name: `Deleted report “${reportName({ title: row.deletedTitle, outlet: row.deletedOutlet })}”`, isDeleted: true };
  return { id, name: 'Removed report', isDeleted: true };
}

export function toAuditEventItem(row: AuditEventRow): AuditEventItem {
  return {
    sequence: row.sequence.toString(),
    createdAt: row.createdAt.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', email: row.actorEmail ?? '' } : null,
    system: row.actorId ? null : row.requestId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    report: row.reportId ? eventReport(row.reportId, row) : null,
    sentenceId: row.sentenceId,
    before: row.before,
    after: row.after,
    changes: diffAuditValues(row.before, row.after),
    reason: row.reason,
    requestId: row.requestId,
    hash: row.hash,
  };
}

export function assertCanBrowseAudit(actor: Actor) {
  assertAllowed(actor, canBrowseAudit, 'read the audit history');
}

/** Parses an audit query (filters, cursor, limit) after checking the actor may read the history. */
export function parseAuditQuery(actor: Actor, input: unknown): AuditQuery {
  assertCanBrowseAudit(actor);
  return parseInput(ZAuditQuery, input);
}

/** One page of the audit history, newest first, and the cursor of the next page (null at the end). */
export async function listAuditEvents({ actor, input }: { actor: Actor; input: unknown }) {
  const { cursor, limit = 50, ...filters } = parseAuditQuery(actor, input);
  const rows = await readAuditEventRows(filters, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditEventItem),
    nextCursor: rows.length > limit && last ? encodeAuditCursor(last) : null,
  };
}
