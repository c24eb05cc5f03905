import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { canReadReports } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validations/parse-input';

const ZGetReport = z.object({ reportId: z.uuid({ message: 'reportId must be a report id' }) });

export async function getReport({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZGetReport, input);
  if (!canReadReports(actor)) throw new AppError('forbidden', 'You cannot read reports');
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, outlet: true, title: true, url: true, publishedOn: true, creditsInText: true, notes: true, body: true },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  return { ...report, publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null };
}
