import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { assertAllowed, canReadReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZStoryReport } from '@/lib/validations/story';

const ZReportStory = ZStoryReport.pick({ reportId: true });

/** The story a report is in, or null. */
export async function getReportStory({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; title: string } | null> {
  assertAllowed(actor, canReadReports, 'read stories');
  const { reportId } = parseInput(ZReportStory, input);
  const report = await db.report.findUnique({ where: { id: reportId }, select: { story: { select: { id: true, title: true } } } });
  return report?.story ?? null;
}
