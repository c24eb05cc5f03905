import 'server-only';
import { db } from '@/lib/db';

/**
 * What an open page hears of a change to its report: which change, by whom, on which sentence,
 * and a report's new status. Never a verdict's label, note or evidence: under blind review a
 * reviewer must not learn others' verdicts, so pages read what changed through the same checks
 * as any read.
 */
export type LiveEvent = {
  sequence: string;
  action: string;
  entityType: string;
  reportId: string;
  /** Only to editors and admins, and to the person who made the change: a reviewer is not told the ids of others' claims or verdicts. */
  entityId?: string;
  sentenceId: string | null;
  /** Who made the change, by name. */
  actor: string | null;
  at: string;
  /** The report's status after a status change or a reopening. */
  status?: string;
  /** The viewer made this change (in this page or another). */
  mine?: true;
};

/** An event as read, with whose it is, before it is told to a viewer (`toldTo`). */
export type ReadEvent = LiveEvent & { entityId: string; actorId: string | null };

type EventRow = { sequence: bigint; action: string; entityType: string; entityId: string; reportId: string; sentenceId: string | null; actorId: string | null; actor: string | null; at: Date; status: string | null };

const statusActions = new Set(['report.status_changed', 'report.reopened']);

/** The events after `after` of the report, or of every report (`reportId` null), oldest first, at most `limit`. */
export async function readLiveEvents(reportId: string | null, after: bigint, limit: number): Promise<ReadEvent[]> {
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT e.sequence, e.action, e.entity_type AS "entityType", e.entity_id AS "entityId", e.report_id::text AS "reportId", e.sentence_id::text AS "sentenceId",
      e.actor_id::text AS "actorId", coalesce(u.name, u.email) AS actor, e.created_at AS at, e.after->>'status' AS status
    FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
    WHERE e.sequence > ${after} AND (e.report_id = ${reportId}::uuid OR (${reportId}::uuid IS NULL AND e.report_id IS NOT NULL))
    ORDER BY e.sequence LIMIT ${limit}`;
  return rows.map((row) => ({
    sequence: String(row.sequence),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    reportId: row.reportId,
    sentenceId: row.sentenceId,
    actorId: row.actorId,
    actor: row.actor,
    at: row.at.toISOString(),
    ...(statusActions.has(row.action) && row.status ? { status: row.status } : {}),
  }));
}

/** The event as `viewer` hears it: without account ids, and without the ids of others' work unless they manage the workflow. */
export function toldTo(event: ReadEvent, viewer: { userId: string | null; managesWorkflow: boolean }): LiveEvent {
  const { actorId, entityId, ...told } = event;
  const mine = actorId !== null && actorId === viewer.userId;
  return { ...told, ...(viewer.managesWorkflow || mine ? { entityId } : {}), ...(mine ? { mine: true as const } : {}) };
}

/** The newest event of any report: a page that names no event to resume from starts after it. */
export async function latestSequence(): Promise<bigint> {
  const [row] = await db.$queryRaw<{ latest: bigint | null }[]>`SELECT max(sequence) AS latest FROM audit_events`;
  return row?.latest ?? 0n;
}
