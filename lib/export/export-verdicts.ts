import 'server-only';
import type { Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { assertAllowed, canExportVerdicts } from '@/lib/permissions';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import { runTransaction } from '@/lib/database/run-transaction';
import { AppError } from '@/lib/errors';
import { ZExportRequest } from '@/lib/validations/export-document';
import { parseInput } from '@/lib/validations/parse-input';
import { exportFormatWriters } from './export-formats';
import { exportSummary } from './export-summary';
import { listExportReports, readExportEvents } from './read-export-events';
import { toReadableStream } from '@/lib/format/to-readable-stream';

type ExportVerdictsCall = { actor: Actor; input: unknown; origin: string; requestUrl: string };

/**
 * Exports verdicts (final ones, or every reviewer's) of one report or all, in one of the formats
 * (editors and admins). Everything that can fail is checked, and the export recorded in the audit
 * history, before the first byte; the body then streams as the client reads it.
 */
export async function exportVerdicts({ actor, input, origin, requestUrl }: ExportVerdictsCall) {
  assertAllowed(actor, canExportVerdicts, 'export verdicts');
  const request = parseInput(ZExportRequest, input);
  if (request.format === 'claimreview' && request.scope === 'all') {
    throw new AppError('invalid', 'ClaimReview publishes final verdicts only: choose scope final', 'scope');
  }
  // Chosen before the export's own audit event, which the replica need not have replayed.
  const client = await lagTolerantReads(actor);
  const reports = await listExportReports(request.reportId, client);
  const reportIds = reports.map((report) => report.id);
  if (request.reportId && reportIds.length === 0) throw new AppError('not_found', 'No report with this id', 'reportId');

  const exportedAt = new Date();
  await runTransaction((tx) =>
    writeAuditEvent(tx, {
      actor,
      action: 'export.downloaded',
      entityType: 'export',
      entityId: request.reportId ?? 'all',
      reportId: request.reportId ?? null,
      before: null,
      after: { format: request.format, scope: request.scope, reportId: request.reportId ?? null, reports: reportIds.length },
    }),
  );

  const writer = exportFormatWriters[request.format];
  const summary = writer.needsSummary ? await exportSummary(reportIds, request.scope, client) : [];
  const context = { scope: request.scope, exportedAt: exportedAt.toISOString(), origin, requestUrl };
  const chunks = writer.write(readExportEvents(reportIds, request.scope, client), context, { bom: request.bom, summary });
  return {
    body: toReadableStream(chunks),
    contentType: writer.contentType,
    filename: exportFilename(request.reportId ? reports[0]?.slug : undefined, request.scope, exportedAt, writer.extension),
  };
}

function exportFilename(slug: string | undefined, scope: string, exportedAt: Date, extension: string): string {
  const name = (slug ?? 'all-reports').replace(/[^a-z0-9-]+/gi, '-');
  return `verdicts-${name}-${scope}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}
