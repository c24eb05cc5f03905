import 'server-only';
import type { Actor } from '@/lib/actor';
import { lagTolerantReads } from '@/lib/database/lag-tolerant-reads';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAllowed, canReadReports, canSeeFinalVerdicts, canSeeOthersVerdicts } from '@/lib/permissions';
import { ZStoryFacts } from '@/lib/validations/facts';
import { parseInput } from '@/lib/validations/parse-input';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { loadStoryFacts } from './load-story-facts';

export type FactStatementView = {
  sentenceId: string;
  claimId: string;
  reportId: string;
  sentenceNumber: number;
  text: string;
  /** Reviewers' labels the viewer may see (their own always; others' where blind review allows). */
  labels: { reviewerName: string; label: VerdictLabel; isOwn: boolean }[];
  finalLabel: VerdictLabel | null;
  proposedLabel: VerdictLabel | null;
};

/**
 * The fact map of a story: its reports, the independence of each pair with its reasons, and one
 * entry per fact with the statements stating it, the label the definitions give it, its reasons
 * and the figures its statements give differently. Blind review applies to what the viewer sees:
 * others' labels and narrower claims only where the viewer may see others' verdicts. Read where
 * lagTolerantReads says, unless `client` names the client to read.
 */
export async function getStoryFacts({ actor, input, client }: { actor: Actor; input: unknown; client?: Db }) {
  const { storyId } = parseInput(ZStoryFacts, input);
  assertAllowed(actor, canReadReports, 'read reports');
  const reads = client ?? (await lagTolerantReads(actor));
  const story = await reads.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      title: true,
      reports: {
        where: { archivedAt: null },
        orderBy: [{ publishedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        select: {
          id: true,
          slug: true,
          outlet: true,
          title: true,
          publishedOn: true,
          status: true,
          blindReview: true,
          reviewCompletions: actor.kind === 'user' ? { where: { reviewerId: actor.id }, select: { reviewerId: true } } : { take: 0, select: { reviewerId: true } },
        },
      },
    },
  });
  if (!story) throw new AppError('not_found', 'No story has this id', 'storyId');

  const computed = await loadStoryFacts(story.id, story.reports, reads);
  const actorId = actor.kind === 'user' ? actor.id : null;
  const seesOthers = new Map(story.reports.map((report) => [report.id, canSeeOthersVerdicts(actor, report, report.reviewCompletions.length > 0)]));
  const seesFinals = new Map(story.reports.map((report) => [report.id, canSeeFinalVerdicts(actor, report)]));
  const visible = computed.statements.filter(
    (statement) => statement.isDefault || seesOthers.get(statement.reportId) || (actorId !== null && statement.createdById === actorId),
  );
  // By the story's reports, not its claims (more than a query's parameters in a large story);
  // verdicts on claims the viewer may not see are dropped below.
  const ofStory = { claim: { reportId: { in: story.reports.map((report) => report.id) } } };
  const [verdicts, finals] = await Promise.all([
    reads.verdict.findMany({ where: ofStory, orderBy: { createdAt: 'asc' }, select: { claimId: true, reviewerId: true, label: true, reviewer: { select: { name: true } } } }),
    reads.finalVerdict.findMany({ where: ofStory, select: { claimId: true, label: true } }),
  ]);
  const byClaim = new Map(visible.map((statement) => [statement.claimId, statement]));
  const labels = new Map<string, FactStatementView['labels']>();
  for (const verdict of verdicts) {
    const statement = byClaim.get(verdict.claimId);
    if (!statement) continue;
    const isOwn = verdict.reviewerId === actorId;
    if (!isOwn && !seesOthers.get(statement.reportId)) continue;
    (labels.get(verdict.claimId) ?? labels.set(verdict.claimId, []).get(verdict.claimId))?.push({ reviewerName: verdict.reviewer.name, label: verdict.label, isOwn });
  }
  const finalOf = new Map(finals.filter((final) => seesFinals.get(byClaim.get(final.claimId)?.reportId ?? '')).map((final) => [final.claimId, final.label]));

  const view = (claimId: string): FactStatementView[] => {
    const statement = byClaim.get(claimId);
    if (!statement) return [];
    return [
      {
        sentenceId: statement.sentenceId,
        claimId,
        reportId: statement.reportId,
        sentenceNumber: statement.sentenceIndex,
        text: statement.text,
        labels: labels.get(claimId) ?? [],
        finalLabel: finalOf.get(claimId) ?? null,
        proposedLabel: computed.proposals.get(claimId)?.proposal?.label ?? null,
      },
    ];
  };
  // Each claim's partners in reviewers' corrections, so a fact finds its own in the links of its statements.
  const correctedWith = new Map<string, string[]>();
  for (const link of computed.links) {
    if (link.by !== 'reviewer') continue;
    (correctedWith.get(link.claimId) ?? correctedWith.set(link.claimId, []).get(link.claimId))?.push(link.otherClaimId);
  }
  const facts = computed.facts.flatMap((fact) => {
    const statements = fact.claimIds.flatMap(view);
    if (statements.length === 0) return [];
    const shown = new Set(statements.map((statement) => statement.claimId));
    return [
      {
        id: fact.id,
        statements,
        proposedLabel: fact.label,
        reasons: fact.reasons,
        mismatches: fact.mismatches.filter((mismatch) => shown.has(mismatch.claimId) && shown.has(mismatch.otherClaimId)),
        corrected: [...shown].some((claimId) => correctedWith.get(claimId)?.some((other) => shown.has(other))),
      },
    ];
  });
  const derivedFrom = new Map<string, string[]>();
  for (const pair of computed.independence) {
    if (pair.independent || !pair.derivedReportId) continue;
    const source = pair.reportIds.find((id) => id !== pair.derivedReportId);
    if (source) (derivedFrom.get(pair.derivedReportId) ?? derivedFrom.set(pair.derivedReportId, []).get(pair.derivedReportId))?.push(source);
  }
  return {
    story: { id: story.id, title: story.title },
    reports: story.reports.map((report) => ({
      id: report.id,
      slug: report.slug,
      outlet: report.outlet,
      title: report.title,
      publishedOn: report.publishedOn?.toISOString().slice(0, 10) ?? null,
      derivedFrom: derivedFrom.get(report.id) ?? [],
    })),
    independence: computed.independence,
    facts,
  };
}

export type StoryFactsView = Awaited<ReturnType<typeof getStoryFacts>>;
