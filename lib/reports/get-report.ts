import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canImportReports, canReadReports, canSeeOthersVerdicts } from '@/lib/permissions';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validations/parse-input';
import { listedOrphan } from './dismiss-orphans';

const maxPageSize = 1000;

const ZGetReport = z.object({
  reportId: z.uuid({ message: 'reportId must be a report id' }),
  // Paging through a long report: the sentences after the index `cursor`, `limit` at a time.
  cursor: z.coerce.number({ message: 'cursor must be a sentence index' }).int('cursor must be a sentence index').min(0, 'cursor must be a sentence index').optional(),
  limit: z.coerce
    .number({ message: `limit must be a number from 1 to ${maxPageSize}` })
    .int(`limit must be a number from 1 to ${maxPageSize}`)
    .min(1, `limit must be a number from 1 to ${maxPageSize}`)
    .max(maxPageSize, `limit must be a number from 1 to ${maxPageSize}`)
    .optional(),
});

export const sentenceSelect = {
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

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof sentenceSelect.claims.select }>;

/**
 * The claims of a sentence the actor may see, each saying whether the actor made it. Under blind
 * review a reviewer who has not completed sees the whole-sentence claims and their own, and no
 * account ids at all: which spans others chose is their work too.
 */
export function visibleClaims(actor: Actor, claims: ClaimRow[], seesOthers: boolean) {
  const ownerId = actor.kind === 'user' ? actor.id : null;
  return claims
    .filter((claim) => seesOthers || claim.isDefault || claim.createdById === ownerId)
    .map(({ createdById, ...claim }) => ({ ...claim, isOwn: ownerId !== null && createdById === ownerId }));
}

/**
 * A report with its current sentences in order: all of them, or (given `cursor` or `limit`) one page
 * and the `nextCursor` to continue from. Editors also get what a re-import orphaned.
 */
export async function getReport({ actor, input }: { actor: Actor; input: unknown }) {
  const { reportId, cursor, limit } = parseInput(ZGetReport, input);
  const isPaged = cursor !== undefined || limit !== undefined;
  const pageSize = limit ?? 500;
  assertAllowed(actor, canReadReports, 'read reports');
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      outlet: true,
      title: true,
      url: true,
      publishedOn: true,
      createdAt: true,
      creditsInText: true,
      storyId: true,
      notes: true,
      revision: true,
      blindReview: true,
      reviewCompletions: { where: { reviewerId: actor.kind === 'user' ? actor.id : undefined }, select: { reviewerId: true }, take: 1 },
      sentences: {
        where: { orphanedAt: null, ...(cursor === undefined ? {} : { index: { gt: cursor } }) },
        orderBy: { index: 'asc' },
        select: sentenceSelect,
        // One more than the page, to know whether another follows.
        ...(isPaged ? { take: pageSize + 1 } : {}),
      },
    },
  });
  if (!report) throw new AppError('not_found', 'No report has this id', 'reportId');
  const orphans = canImportReports(actor) ? await findOrphans(reportId) : null;
  const { sentences: stored, blindReview, reviewCompletions, createdAt: _createdAt, ...fields } = report;
  const seesOthers = canSeeOthersVerdicts(actor, { blindReview }, actor.kind === 'user' && reviewCompletions.length > 0);
  const page = isPaged ? stored.slice(0, pageSize) : stored;
  const sentences = page.map((sentence) => ({ ...sentence, claims: visibleClaims(actor, sentence.claims, seesOthers) }));
  const nextCursor = isPaged && stored.length > pageSize ? (page.at(-1)?.index ?? null) : null;
  return { ...fields, name: reportName(report), publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null, sentences, orphans, nextCursor };
}

/** What re-imports orphaned and no editor has dismissed yet: the report's orphan list. */
export async function findOrphans(reportId: string) {
  const [sentences, claims] = await Promise.all([
    db.sentence.findMany({
      where: listedOrphan(reportId),
      orderBy: [{ orphanedAt: 'desc' }, { index: 'asc' }],
      select: { id: true, revision: true, index: true, kind: true, text: true, orphanedAt: true },
    }),
    db.claim.findMany({
      where: listedOrphan(reportId),
      orderBy: { orphanedAt: 'desc' },
      select: { id: true, revision: true, text: true, orphanedAt: true, sentenceId: true },
    }),
  ]);
  return { sentences, claims };
}

export type ReportWithSentences = Awaited<ReturnType<typeof getReport>>;
