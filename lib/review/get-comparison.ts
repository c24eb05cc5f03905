import 'server-only';
import { z } from 'zod';
import type { UserActor } from '@/lib/actor';
import { assertAllowed, canImportReports, canReadReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { reportName } from '@/lib/format/report-name';
import { parseInput } from '@/lib/validations/parse-input';

/** How many reports fit side by side; more can be ticked, and the page names those left out. */
export const reportsSideBySide = 3;
/** As many as the page's picker lists. */
export const maxTickedReports = 200;

const ZComparison = z.object({
  reportIds: z
    .array(z.uuid({ message: 'reports must be report ids' }))
    .max(maxTickedReports, `Tick at most ${maxTickedReports} reports`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export type ComparisonLink = { from: string; to: string; relation: 'supports' | 'contradicts' };

/**
 * Reports side by side (the first three by outlet that are not archived, unless chosen; of more
 * chosen, the first three), with the evidence links between their sentences: the caller's own, or
 * everyone's for editors and admins. Also the chosen reports left out, and the story when every
 * report chosen (or shown) is in the same one, whose fact map lays them all out.
 */
export async function getComparison({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportIds } = parseInput(ZComparison, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const chosen = reportIds.length > 0 ? await chosenReports(reportIds) : null;
  const shownIds = chosen ? chosen.slice(0, reportsSideBySide).map((report) => report.id) : null;
  const reports = await db.report.findMany({
    where: shownIds ? { id: { in: shownIds } } : { archivedAt: null },
    orderBy: [{ outlet: 'asc' }, { id: 'asc' }],
    take: reportsSideBySide,
    select: {
      id: true,
      outlet: true,
      title: true,
      storyId: true,
      sentences: {
        where: { orphanedAt: null, kind: { in: ['body', 'headline'] } },
        orderBy: { index: 'asc' },
        select: { id: true, index: true, kind: true, text: true },
      },
    },
  });
  const sentenceIds = reports.flatMap((report) => report.sentences.map((sentence) => sentence.id));
  const evidence = await db.evidence.findMany({
    where: {
      sentenceId: { in: sentenceIds },
      verdict: { claim: { sentenceId: { in: sentenceIds }, removedAt: null }, ...(canImportReports(actor) ? {} : { reviewerId: actor.id }) },
    },
    select: { sentenceId: true, relation: true, verdict: { select: { claim: { select: { sentenceId: true } } } } },
  });
  const seen = new Set<string>();
  const links: ComparisonLink[] = evidence.flatMap((link) => {
    if (!link.sentenceId || !link.verdict) return [];
    const key = `${link.verdict.claim.sentenceId}>${link.sentenceId}>${link.relation}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ from: link.verdict.claim.sentenceId, to: link.sentenceId, relation: link.relation }];
  });
  const leftOut = (chosen ?? []).slice(reportsSideBySide).map((report) => ({ id: report.id, name: reportName(report), outlet: report.outlet, title: report.title, publishedOn: report.publishedOn, createdAt: report.createdAt }));
  const storyIds = new Set((chosen ?? reports).map((report) => report.storyId));
  const [storyId] = storyIds;
  const story = storyIds.size === 1 && storyId ? await db.story.findUnique({ where: { id: storyId }, select: { id: true, title: true } }) : null;
  return { reports, links, leftOut, story };
}

/** The reports chosen, in the order chosen (ids that name no report left out). */
async function chosenReports(reportIds: string[]) {
  const found = await db.report.findMany({ where: { id: { in: reportIds } }, select: { id: true, outlet: true, title: true, publishedOn: true, createdAt: true, storyId: true } });
  const byId = new Map(found.map((report) => [report.id, report]));
  return reportIds.flatMap((id) => byId.get(id) ?? []);
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
