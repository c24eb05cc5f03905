import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { canImportReports, canReadReports } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validations/parse-input';

const ZGetReport = z.object({ reportId: z.uuid({ message: 'reportId must be a report id' }) });

const unitSelect = {
  id: true,
  index: true,
  start: true,
  end: true,
  kind: true,
  detectedKind: true,
  text: true,
  reattachedBy: true,
  claims: {
    where: { removedAt: null, orphanedAt: null },
    orderBy: [{ isDefault: 'desc' as const }, { start: 'asc' as const }],
    select: { id: true, start: true, end: true, text: true, isDefault: true, createdById: true },
  },
} satisfies Prisma.SentenceSelect;

/** A report with its current units in order; editors also get what a re-import orphaned. */
export async function getReport({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId } = parseInput(ZGetReport, input);
  if (!canReadReports(actor)) throw new AppError('forbidden', 'You cannot read reports');
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      outlet: true,
      title: true,
      url: true,
      publishedOn: true,
      creditsInText: true,
      notes: true,
      revision: true,
      sentences: { where: { orphanedAt: null }, orderBy: { index: 'asc' }, select: unitSelect },
    },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  const orphans = canImportReports(actor) ? await findOrphans(reportId) : null;
  const { sentences, ...fields } = report;
  return { ...fields, publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null, units: sentences, orphans };
}

async function findOrphans(reportId: string) {
  const [sentences, claims] = await Promise.all([
    db.sentence.findMany({
      where: { reportId, orphanedAt: { not: null } },
      orderBy: [{ orphanedAt: 'desc' }, { index: 'asc' }],
      select: { id: true, revision: true, index: true, kind: true, text: true, orphanedAt: true },
    }),
    db.claim.findMany({
      where: { reportId, orphanedAt: { not: null } },
      orderBy: { orphanedAt: 'desc' },
      select: { id: true, revision: true, text: true, orphanedAt: true, sentenceId: true },
    }),
  ]);
  return { sentences, claims };
}

export type ReportWithUnits = Awaited<ReturnType<typeof getReport>>;
