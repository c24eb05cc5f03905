import 'server-only';
import { z } from 'zod';
import type { UserActor } from '@/lib/actor';
import { assertAllowed, canImportReports, canReadReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validations/parse-input';

const ZComparison = z.object({
  reportIds: z.array(z.uuid({ message: 'reports must be report ids' })).max(3, 'Compare at most 3 reports').default([]),
});

export type ComparisonLink = { from: string; to: string; relation: 'supports' | 'contradicts' };

/**
 * Reports side by side (the first three by outlet that are not archived, unless chosen), with the evidence links between
 * their sentences: the caller's own, or everyone's for editors and admins.
 */
export async function getComparison({ actor, input }: { actor: UserActor; input: unknown }) {
  const { reportIds } = parseInput(ZComparison, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const reports = await db.report.findMany({
    where: reportIds.length > 0 ? { id: { in: reportIds } } : { archivedAt: null },
    orderBy: [{ outlet: 'asc' }, { id: 'asc' }],
    take: 3,
    select: {
      id: true,
      outlet: true,
      title: true,
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
  return { reports, links };
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
