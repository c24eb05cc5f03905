import { db, type Db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import type { AuditEventRow } from './audit-event-rows';

/** A sentence an event names, as the review workspace names it. */
export type SentenceReference = {
  id: string;
  reportId: string;
  outlet: string;
  /** Its number among the report's current sentences for review; null for a line not for review or one a revision removed. */
  number: number | null;
  /** Its line in the report (1, 2, …), counting every line of the revision it belongs to. */
  line: number;
  text: string;
  /** A revision of the report took it out (it stays, as verdicts and history name it). */
  orphaned: boolean;
};

/** The sentences, claims, people and reports a page of events names by id, each by what people call it. */
export type AuditReferences = {
  sentences: Map<string, SentenceReference>;
  claims: Map<string, { text: string; sentenceId: string }>;
  users: Map<string, string>;
  reports: Map<string, string>;
};

type Ids = { sentences: Set<string>; claims: Set<string>; users: Set<string>; reports: Set<string> };

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// The payload keys that hold an id, and which kind of record it names.
const idKeys: Record<string, keyof Ids> = {
  sentenceId: 'sentences',
  sentenceIds: 'sentences',
  claimIds: 'claims',
  adoptedFromId: 'users',
  userId: 'users',
  reviewerId: 'users',
  reportId: 'reports',
  reportIds: 'reports',
  actor: 'users',
  derivedReportId: 'reports',
};

function collectIds(value: unknown, into: Ids, kind?: keyof Ids): void {
  if (typeof value === 'string') {
    if (kind) for (const id of value.match(uuidPattern) ?? []) into[kind].add(id);
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into, kind);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectIds(child, into, idKeys[key]);
  }
}

function idsOf(rows: AuditEventRow[]): Ids {
  const ids: Ids = { sentences: new Set(), claims: new Set(), users: new Set(), reports: new Set() };
  for (const row of rows) {
    collectIds([row.before, row.after], ids);
    if (row.sentenceId) ids.sentences.add(row.sentenceId);
    if (row.entityType === 'user') ids.users.add(row.entityId);
    if (row.entityType === 'source_decision') collectIds(row.entityId, ids, 'reports');
  }
  return ids;
}

type SentenceRow = Omit<SentenceReference, 'line'> & { index: number };
type ReportRow = { id: string; title: string | null; outlet: string; publishedOn: Date | null; createdAt: Date | null; deleted: boolean };

async function loadSentences(client: Db, sentenceIds: string[], claimIds: string[]): Promise<SentenceRow[]> {
  if (sentenceIds.length === 0 && claimIds.length === 0) return [];
  return client.$queryRaw<SentenceRow[]>`
    SELECT s.id::text AS id, s.report_id::text AS "reportId", r.outlet, s.index, s.text, s.orphaned_at IS NOT NULL AS orphaned,
      CASE WHEN s.kind = 'body' AND s.orphaned_at IS NULL THEN
        (SELECT count(*)::int FROM sentences AS t WHERE t.report_id = s.report_id AND t.orphaned_at IS NULL AND t.kind = 'body' AND t.index <= s.index)
      END AS number
    FROM sentences AS s JOIN reports AS r ON r.id = s.report_id
    WHERE s.id = ANY(${sentenceIds}::uuid[]) OR s.id IN (SELECT c.sentence_id FROM claims AS c WHERE c.id = ANY(${claimIds}::uuid[]))`;
}

async function loadClaims(client: Db, claimIds: string[]) {
  if (claimIds.length === 0) return [];
  return client.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, text: true, sentenceId: true } });
}

async function loadUsers(client: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
}

// A report that is gone is named by what its deletion recorded.
async function loadReports(client: Db, reportIds: string[]): Promise<ReportRow[]> {
  if (reportIds.length === 0) return [];
  return client.$queryRaw<ReportRow[]>`
    SELECT r.id::text AS id, r.title, r.outlet, r.published_on AS "publishedOn", r.created_at AS "createdAt", false AS deleted FROM reports AS r WHERE r.id = ANY(${reportIds}::uuid[])
    UNION ALL
    SELECT DISTINCT ON (e.report_id) e.report_id::text, e.before->>'title', e.before->>'outlet', NULL::date, NULL::timestamptz, true
    FROM audit_events AS e
    WHERE e.action = 'report.deleted' AND e.report_id = ANY(${reportIds}::uuid[]) AND NOT EXISTS (SELECT 1 FROM reports AS r WHERE r.id = e.report_id)`;
}

const onlyUuids = (ids: Set<string>) => [...ids].filter((id) => id.match(uuidPattern)?.[0] === id);

/** What the events of a page name, looked up in four queries at most, whatever the page's size. */
export async function loadAuditReferences(rows: AuditEventRow[], client: Db = db): Promise<AuditReferences> {
  const ids = idsOf(rows);
  const claimIds = onlyUuids(ids.claims);
  const [sentences, claims, users, reports] = await Promise.all([
    loadSentences(client, onlyUuids(ids.sentences), claimIds),
    loadClaims(client, claimIds),
    loadUsers(client, onlyUuids(ids.users)),
    loadReports(client, onlyUuids(ids.reports)),
  ]);
  return {
    sentences: new Map(sentences.map(({ index, ...sentence }) => [sentence.id, { ...sentence, line: index + 1 }])),
    claims: new Map(claims.map((claim) => [claim.id, { text: claim.text, sentenceId: claim.sentenceId }])),
    users: new Map(users.map((user) => [user.id, user.name])),
    reports: new Map(reports.map((report) => [report.id, report.deleted ? `${reportName(report)} (deleted)` : reportName(report)])),
  };
}
