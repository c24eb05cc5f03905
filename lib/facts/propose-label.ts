import type { VerdictLabel } from '@/lib/validations/verdict';
import { findMismatches, type Mismatch } from './quantities';
import type { PairIndependence } from '@/lib/stories/load-independence';
import { partCoverage } from './decide-links';

/** A statement of a fact as the proposal cites it. */
export type Mention = { claimId: string; sentenceId: string; reportId: string; outlet: string; sentenceNumber: number; text: string };
/** A statement linked to the claim, with the share of the claim's wording it states. */
export type LinkedMention = Mention & { coverage: number };

export type Proposal = {
  label: VerdictLabel;
  reasons: string[];
  evidence: { sentenceId: string; relation: 'supports' | 'contradicts' }[];
};

/** A proposal, or why there is none ("weak evidence: say so instead of guessing"). */
export type ProposalOutcome = { proposal: Proposal | null; reasons: string[] };

/** Whether two reports are independent sources, from the story's independence of each pair. */
export type IndependenceOf = (reportId: string, otherReportId: string) => PairIndependence | undefined;

function name(mention: Mention): string {
  return `${mention.outlet} sentence ${mention.sentenceNumber}`;
}

function describeMismatch(mention: Mention, mismatch: Mismatch): string {
  return `${name(mention)} gives ${mismatch.other} where this says ${mismatch.claim}`;
}

function notIndependentBecause(independence: PairIndependence | undefined): string {
  const reason = independence?.reasons[0]?.detail;
  return reason ?? 'it is not an independent source';
}

/**
 * The label the definitions give a claim from the statements linked to it (its facts):
 * disputed when one states the fact with a different figure, date or count; corroborated when a
 * report independent of the claim's states it (naming it); single-source when none does, or only
 * reports derived from it or it from them. No proposal when only weak matches exist, or there
 * is no other report to compare with.
 */
export function proposeLabel({
  claim,
  linked,
  weak,
  otherReports,
  independenceOf,
}: {
  claim: Mention;
  linked: LinkedMention[];
  weak: Mention[];
  otherReports: number;
  independenceOf: IndependenceOf;
}): ProposalOutcome {
  const disputing = linked.flatMap((mention) => findMismatches(claim.text, mention.text).map((mismatch) => ({ mention, mismatch })));
  if (disputing.length > 0) {
    const reasons = disputing.map(({ mention, mismatch }) => describeMismatch(mention, mismatch));
    const evidence = [...new Set(disputing.map(({ mention }) => mention.sentenceId))].map((sentenceId) => ({ sentenceId, relation: 'contradicts' as const }));
    return { proposal: { label: 'disputed', reasons, evidence }, reasons };
  }
  const independentOnes = linked.filter((mention) => independenceOf(claim.reportId, mention.reportId)?.independent === true);
  const independent = independentOnes.filter((mention) => mention.coverage >= partCoverage);
  if (independentOnes.length > 0 && independent.length === 0) {
    return {
      proposal: null,
      reasons: independentOnes.map((mention) => `${name(mention)} states part of it only: check whether an independent source states the rest; no label proposed`),
    };
  }
  if (independent.length > 0) {
    const reasons = independent.map((mention) => `${name(mention)} states it, and ${mention.outlet} is independent of ${claim.outlet}`);
    return { proposal: { label: 'corroborated', reasons, evidence: independent.map((mention) => ({ sentenceId: mention.sentenceId, relation: 'supports' })) }, reasons };
  }
  if (linked.length > 0) {
    const reasons = linked.map((mention) => `${name(mention)} repeats it, but ${notIndependentBecause(independenceOf(claim.reportId, mention.reportId))}`);
    return { proposal: { label: 'single_source', reasons, evidence: linked.map((mention) => ({ sentenceId: mention.sentenceId, relation: 'supports' })) }, reasons };
  }
  if (otherReports === 0) return { proposal: null, reasons: ['No other report of its story to compare with: no label proposed'] };
  if (weak.length > 0) {
    return { proposal: null, reasons: weak.slice(0, 3).map((mention) => `${name(mention)} may state it, but the match is weak: no label proposed`) };
  }
  const reasons = ['No other report of the story states it'];
  return { proposal: { label: 'single_source', reasons, evidence: [] }, reasons };
}

/**
 * A fact's label from the reports stating it: disputed when two of its statements give a figure
 * differently; corroborated when two independent reports state it; single-source when one report
 * does, or only reports that are not independent of each other.
 */
export function proposeFactLabel(mentions: Mention[], independenceOf: IndependenceOf): { label: VerdictLabel; reasons: string[]; mismatches: FactMismatch[] } {
  const mismatches: FactMismatch[] = [];
  for (const [position, mention] of mentions.entries()) {
    for (const other of mentions.slice(position + 1)) {
      if (other.reportId === mention.reportId) continue;
      for (const mismatch of findMismatches(mention.text, other.text)) {
        mismatches.push({ claimId: mention.claimId, otherClaimId: other.claimId, kind: mismatch.kind, figure: mismatch.claim, otherFigure: mismatch.other });
      }
    }
  }
  if (mismatches.length > 0) {
    const byClaim = new Map(mentions.map((mention) => [mention.claimId, mention]));
    const reasons = mismatches.map((mismatch) => {
      const [a, b] = [byClaim.get(mismatch.claimId), byClaim.get(mismatch.otherClaimId)];
      return `${a ? name(a) : 'One'} says ${mismatch.figure} where ${b ? name(b) : 'another'} says ${mismatch.otherFigure}`;
    });
    return { label: 'disputed', reasons, mismatches };
  }
  const reports = [...new Map(mentions.map((mention) => [mention.reportId, mention.outlet]))];
  for (const [position, [reportId, outlet]] of reports.entries()) {
    for (const [otherId, otherOutlet] of reports.slice(position + 1)) {
      if (independenceOf(reportId, otherId)?.independent) {
        return { label: 'corroborated', reasons: [`${outlet} and ${otherOutlet} state it, independently of each other`], mismatches };
      }
    }
  }
  if (reports.length > 1) {
    const [first] = reports;
    const reasons = reports.slice(1).map(([otherId, otherOutlet]) => `${otherOutlet} states it too, but ${notIndependentBecause(independenceOf(first?.[0] ?? '', otherId))}`);
    return { label: 'single_source', reasons, mismatches };
  }
  return { label: 'single_source', reasons: [`Only ${reports[0]?.[1] ?? 'one report'} states it`], mismatches };
}

/** Two statements of a fact giving a figure differently. */
export type FactMismatch = { claimId: string; otherClaimId: string; kind: Mismatch['kind']; figure: string; otherFigure: string };
