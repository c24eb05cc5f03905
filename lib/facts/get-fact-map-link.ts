import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';

/** The story a report is in, for a link to its fact map from the report's page; null when it is in none. */
export async function getFactMapLink({ actor, input }: { actor: Actor; input: unknown }): Promise<{ storyId: string; title: string } | null> {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const report = await db.report.findUnique({ where: { id: reportId }, select: { story: { select: { id: true, title: true } } } });
  return report?.story ? { storyId: report.story.id, title: report.story.title } : null;
}
