import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import { runTransaction } from '@/lib/database/run-transaction';
import type { Db } from '@/lib/db';
import { neutralizeFormula } from '@/lib/format/neutralize-formula';
import { toReadableStream } from '@/lib/format/to-readable-stream';
import type { AuditFilters } from '@/lib/validations/audit-query';
import { parseInput } from '@/lib/validations/parse-input';
import { readChainHead } from '@/lib/audit/audit-chain';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { readAllAuditEventRows } from './audit-event-rows';
import { describeAuditEvents, parseAuditQuery, type AuditEventItem } from './list-audit-events';

const ZAuditExportFormat = z.object({ format: z.enum(['csv', 'json'], 'Choose a format: csv or json') });

const csvColumns = ['sequence', 'time', 'actor', 'actor_email', 'action', 'summary', 'entity_type', 'entity_id', 'report', 'report_id', 'sentence', 'sentence_id', 'changes', 'before', 'after', 'reason', 'request_id', 'hash'] as const;

function csvRecord(item: AuditEventItem): Record<(typeof csvColumns)[number], string> {
  return {
    sequence: item.sequence,
    time: item.createdAt,
    actor: item.actor?.name ?? item.system ?? '',
    actor_email: item.actor?.email ?? '',
    action: item.action,
    summary: item.summary,
    entity_type: item.entityType,
    entity_id: item.entityId,
    report: item.report?.name ?? '',
    report_id: item.report?.id ?? '',
    sentence: item.sentence ? `${item.sentence.place}: ${item.sentence.openingWords}` : '',
    sentence_id: item.sentenceId ?? '',
    changes: item.changes.map((change) => `${change.path}: ${JSON.stringify(change.before) ?? '-'} -> ${JSON.stringify(change.after) ?? '-'}`).join('\n'),
    before: item.before === null ? '' : JSON.stringify(item.before),
    after: item.after === null ? '' : JSON.stringify(item.after),
    reason: item.reason ?? '',
    request_id: item.requestId ?? '',
    hash: item.hash,
  };
}

function toCsv(items: AuditEventItem[], header: boolean): string {
  return stringify(items.map(csvRecord), {
    header,
    columns: [...csvColumns],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { string: neutralizeFormula },
  });
}

async function* csvChunks(filters: AuditFilters, through: bigint, client: Db) {
  let header = true;
  for await (const rows of readAllAuditEventRows(filters, through, client)) {
    yield toCsv(await describeAuditEvents(rows, client), header);
    header = false;
  }
  if (header) yield toCsv([], true);
}

async function* jsonChunks(filters: AuditFilters, through: bigint, client: Db) {
  yield '[';
  let separator = '\n';
  for await (const rows of readAllAuditEventRows(filters, through, client)) {
    for (const item of await describeAuditEvents(rows, client)) {
      yield separator + JSON.stringify(item);
      separator = ',\n';
    }
  }
  yield '\n]\n';
}

function describeFilters(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).flatMap(([key, value]) => (value === undefined ? [] : [[key, value instanceof Date ? value.toISOString() : String(value)]])),
  );
}

/**
 * The filtered audit history as CSV or JSON (editors and admins), newest first, streamed a page
 * at a time. The export is itself recorded before the first byte; the file holds the history up
 * to the moment before, so events written while it streams do not creep in. It reads the replica
 * only once that has replayed the history that far.
 */
export async function exportAuditEvents({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  const { cursor: _cursor, limit: _limit, ...filters } = parseAuditQuery(actor, input);
  const { format } = parseInput(ZAuditExportFormat, input);
  const exportedAt = new Date();
  const through = (await readChainHead())?.sequence ?? 0n;
  const client = await lagTolerantReads(actor, { through });
  await runTransaction((tx) =>
    writeAuditEvent(tx, {
      actor,
      action: 'audit.exported',
      entityType: 'audit',
      entityId: 'history',
      reportId: filters.reportId ?? null,
      sentenceId: filters.sentenceId ?? null,
      before: null,
      after: { format, filters: describeFilters(filters) },
    }),
  );
  return {
    body: toReadableStream(format === 'csv' ? csvChunks(filters, through, client) : jsonChunks(filters, through, client)),
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    filename: `audit-history-${exportedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${format}`,
  };
}
