import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import type { VerdictLabel } from '@/lib/validations/verdict';
import { loadIndependence, orderedPair, type PairIndependence } from '@/lib/stories/load-independence';
import { decideLinks, sameFactThresholds, type FactLinkView } from './decide-links';
import { factId, groupFacts } from './group-facts';
import { proposeFactLabel, proposeLabel, type FactMismatch, type IndependenceOf, type Mention, type ProposalOutcome } from './propose-label';
import { scoreStatementPairs, type ScoredPair, type Statement } from './score-statement-pairs';

export type StoryReport = { id: string; outlet: string };
export type ComputedFact = { id: string; claimIds: string[]; label: VerdictLabel; reasons: string[]; mismatches: FactMismatch[] };
export type StoryIndependence = { reportIds: [string, string]; independent: boolean; derivedReportId: string | null; reasons: PairIndependence['reasons'] };

/** What the fact map and the proposals are made from: every statement, link, fact and pair of reports. */
export type StoryFacts = {
  statements: (Statement & { outlet: string })[];
  links: FactLinkView[];
  facts: ComputedFact[];
  independence: StoryIndependence[];
  /** The proposal for each statement's claim, by claim id. */
  proposals: Map<string, ProposalOutcome>;
};

/** Independence of every pair of the story's reports, looked up either way round. */
async function loadStoryIndependence(client: Db | DbTransaction, reports: StoryReport[]) {
  const pairs = new Map<string, StoryIndependence>();
  for (const [position, report] of reports.entries()) {
    const others = reports.slice(position + 1).map((other) => other.id);
    const found = await loadIndependence(client, report.id, others);
    for (const [otherId, pair] of found) {
      const reportIds = orderedPair(report.id, otherId);
      pairs.set(reportIds.join('|'), { reportIds, independent: pair.independent, derivedReportId: pair.derivedReportId, reasons: pair.reasons });
    }
  }
  const independenceOf: IndependenceOf = (a, b) => {
    const pair = pairs.get(orderedPair(a, b).join('|'));
    return pair && { otherReportId: b, independent: pair.independent, derivedReportId: pair.derivedReportId, reasons: pair.reasons };
  };
  return { independence: [...pairs.values()], independenceOf };
}

/**
 * The facts of the reports of a story, computed in Postgres (scored pairs) and here (links,
 * groups, labels), with the reviewers' corrections applied.
 */
export async function computeStoryFacts(client: Db | DbTransaction, reports: StoryReport[], { thresholds = sameFactThresholds } = {}): Promise<StoryFacts> {
  const reportIds = reports.map((report) => report.id);
  const [{ statements: found, pairs }, { independence, independenceOf }] = await Promise.all([
    scoreStatementPairs(client, reportIds),
    loadStoryIndependence(client, reports),
  ]);
  const outletOf = new Map(reports.map((report) => [report.id, report.outlet]));
  const statements = found.map((statement) => ({ ...statement, outlet: outletOf.get(statement.reportId) ?? '' }));
  const claimIds = statements.map((statement) => statement.claimId);
  // By report, not by claim id: a story of 50,000 statements would pass PostgreSQL's parameter limit.
  const corrections = claimIds.length === 0 ? [] : await client.factLink.findMany({
    where: { OR: [{ claim: { reportId: { in: reportIds } } }, { otherClaim: { reportId: { in: reportIds } } }] },
    select: { claimId: true, otherClaimId: true, sameFact: true },
  });
  const reportOf = new Map(statements.map((statement) => [statement.claimId, statement.reportId]));
  const { links, weak } = decideLinks(pairs, reportOf, corrections, thresholds);
  const byClaim = new Map(statements.map((statement) => [statement.claimId, statement]));
  const mention = (claimId: string): Mention[] => {
    const statement = byClaim.get(claimId);
    return statement ? [{ claimId, sentenceId: statement.sentenceId, reportId: statement.reportId, outlet: statement.outlet, sentenceNumber: statement.sentenceIndex, text: statement.text }] : [];
  };

  const facts = groupFacts(claimIds, links).map((group) => {
    const fact = proposeFactLabel(group.flatMap(mention), independenceOf);
    return { id: factId(group), claimIds: group, label: fact.label, reasons: fact.reasons, mismatches: fact.mismatches };
  });

  const linkedTo = neighbours(links);
  const weakTo = neighbours(weak);
  const proposals = new Map<string, ProposalOutcome>();
  for (const statement of statements) {
    const [claim] = mention(statement.claimId);
    if (!claim) continue;
    proposals.set(
      statement.claimId,
      proposeLabel({
        claim,
        linked: (linkedTo.get(statement.claimId) ?? []).flatMap(({ claimId, coverage }) => mention(claimId).map((found) => ({ ...found, coverage }))),
        weak: (weakTo.get(statement.claimId) ?? []).flatMap(({ claimId }) => mention(claimId)),
        otherReports: reports.length - 1,
        independenceOf,
      }),
    );
  }
  return { statements, links, facts, independence, proposals };
}

/** Each statement's linked statements, best first, with the share of the statement each covers. */
function neighbours(pairs: ScoredPair[]): Map<string, { claimId: string; coverage: number }[]> {
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const result = new Map<string, { claimId: string; coverage: number }[]>();
  const add = (from: string, entry: { claimId: string; coverage: number }) => {
    const list = result.get(from);
    if (list) list.push(entry);
    else result.set(from, [entry]);
  };
  for (const pair of sorted) {
    add(pair.claimId, { claimId: pair.otherClaimId, coverage: pair.coverage });
    add(pair.otherClaimId, { claimId: pair.claimId, coverage: pair.otherCoverage });
  }
  return result;
}
