import 'server-only';
import type { Actor } from '@/lib/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canDownloadSnapshots } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReportRef } from '@/lib/validations/workflow';

/** The latest snapshot of the page a report was imported from, byte for byte, with where and when it was fetched. */
export async function getReportSnapshot({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZReportRef, input);
  assertAllowed(actor, canDownloadSnapshots, 'download page snapshots');
  const snapshot = await db.reportSnapshot.findFirst({
    where: { reportId },
    orderBy: { revision: 'desc' },
    select: { revision: true, url: true, contentType: true, encoding: true, content: true, sha256: true, fetchedAt: true, report: { select: { slug: true } } },
  });
  if (!snapshot) {
    const exists = await db.report.count({ where: { id: reportId } });
    throw new AppError('not_found', exists ? 'This report was not imported from a URL: it has no snapshot' : 'No report with this id', 'reportId');
  }
  return snapshot;
}
