import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canBrowseAudit } from '@/lib/permissions';
import { encodeAuditCursor, ZAuditQuery, type AuditQuery } from '@/lib/validations/audit-query';
import { parseInput } from '@/lib/validations/parse-input';
import { reportName } from '@/lib/format/report-name';
import { diffAuditValues, type AuditChange } from '@/lib/audit/audit-diff';
import type { AuditPayload } from '@/lib/audit/audit-event';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import { db, type Db } from '@/lib/db';
import { readAuditEventRows, type AuditEventRow } from './audit-event-rows';
import { loadAuditReferences, type AuditReferences } from './audit-references';
import { openingWords, sentencePlace } from './audit-names';
import { readableChanges, type ReadableChange } from './readable-changes';
import { summarizeAuditEvent } from './summarize-audit-event';

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
  /** The sentence the event is about, as the review page names it, linked to it there (null: gone with its report). */
  sentence: { place: string; openingWords: string; href: string | null } | null;
  /** The event in plain words: "Ana Reyes changed their verdict on DW sentence 7 from Single-source to Corroborated, citing …". */
  summary: string;
  /** What changed, field by field, in words (labels by name, evidence by outlet, sentence and words, people by name). */
  details: ReadableChange[];
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

/** Who acted, by name: a person, or what acted when no one did (the command line, the seed, a sign-in attempt). */
function actedBy(row: AuditEventRow): string {
  if (row.actorId) return row.actorName ?? 'A removed account';
  return row.requestId === 'sign-in' ? 'Someone signing in' : `The system (${row.requestId ?? 'unknown'})`;
}

function eventSentence(row: AuditEventRow, references: AuditReferences): AuditEventItem['sentence'] {
  const sentence = row.sentenceId ? references.sentences.get(row.sentenceId) : undefined;
  if (!sentence) return null;
  const href = sentence.orphaned ? null : sentence.number === null ? `/reports/${sentence.reportId}` : `/reports/${sentence.reportId}?sentence=${sentence.number}#sentence-${sentence.number}`;
  return { place: sentencePlace(sentence), openingWords: openingWords(sentence.text), href };
}

function toAuditEventItem(row: AuditEventRow, references: AuditReferences): AuditEventItem {
  const report = row.reportId ? eventReport(row.reportId, row) : null;
  const payload = { action: row.action, entityType: row.entityType, before: row.before, after: row.after } as AuditPayload;
  return {
    sequence: row.sequence.toString(),
    createdAt: row.createdAt.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', email: row.actorEmail ?? '' } : null,
    system: row.actorId ? null : row.requestId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    report,
    sentenceId: row.sentenceId,
    sentence: eventSentence(row, references),
    summary: summarizeAuditEvent({ payload, who: actedBy(row), entityId: row.entityId, reportName: report?.name ?? null, sentenceId: row.sentenceId }, references),
    details: readableChanges(row.action, row.before, row.after, references),
    before: row.before,
    after: row.after,
    changes: diffAuditValues(row.before, row.after),
    reason: row.reason,
    requestId: row.requestId,
    hash: row.hash,
  };
}

/** Events as the history shows them, with what they name looked up once for all of them. */
export async function describeAuditEvents(rows: AuditEventRow[], client: Db = db): Promise<AuditEventItem[]> {
  const references = await loadAuditReferences(rows, client);
  return rows.map((row) => toAuditEventItem(row, references));
}

export function assertCanBrowseAudit(actor: Actor) {
  assertAllowed(actor, canBrowseAudit, 'read the audit history');
}

/** Parses an audit query (filters, cursor, limit) after checking the actor may read the history. */
export function parseAuditQuery(actor: Actor, input: unknown): AuditQuery {
  assertCanBrowseAudit(actor);
  return parseInput(ZAuditQuery, input);
}

/**
 * One page of the audit history, newest first, with the cursors of the next older page
 * (`nextCursor`) and of the newer one (`previousCursor`), each null where there is none. A newer
 * page that would come out short is the newest page.
 */
export async function listAuditEvents({ actor, input }: { actor: Actor; input: unknown }) {
  const { cursor, limit = 50, ...filters } = parseAuditQuery(actor, input);
  const client = await lagTolerantReads(actor);
  if (cursor?.direction === 'newer') {
    const newer = await readAuditEventRows(filters, cursor, limit + 1, { client });
    if (newer.length > limit) return auditPage(client, newer.slice(0, limit).reverse(), { hasOlder: true, hasNewer: true });
  }
  const from = cursor?.direction === 'newer' ? undefined : cursor;
  const rows = await readAuditEventRows(filters, from, limit + 1, { client });
  return auditPage(client, rows.slice(0, limit), { hasOlder: rows.length > limit, hasNewer: from !== undefined });
}

async function auditPage(client: Db, rows: AuditEventRow[], { hasOlder, hasNewer }: { hasOlder: boolean; hasNewer: boolean }) {
  const [first, last] = [rows.at(0), rows.at(-1)];
  return {
    items: await describeAuditEvents(rows, client),
    nextCursor: hasOlder && last ? encodeAuditCursor(last) : null,
    previousCursor: hasNewer && first ? encodeAuditCursor({ ...first, direction: 'newer' }) : null,
  };
}
