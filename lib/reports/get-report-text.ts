import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';

/** The text of a report exactly as stored: what sentence and claim offsets (and exported annotations) index into. */
export async function getReportText({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const report = await db.report.findUnique({ where: { id: reportId }, select: { body: true, revision: true } });
  if (!report) throw new AppError('not_found', 'No report with this id', 'reportId');
  return report;
}
