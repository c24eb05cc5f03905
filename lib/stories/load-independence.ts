import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import { creditedSource } from './credit-lines';

export type IndependenceReasonKind = 'credit' | 'text_reuse' | 'editor';
export type IndependenceReason = { kind: IndependenceReasonKind; detail: string };

/** Whether `reportId` and another report are independent sources, and why. */
export type PairIndependence = {
  otherReportId: string;
  independent: boolean;
  /** When not independent: the copy, if known (the report written from the other). */
  derivedReportId: string | null;
  reasons: IndependenceReason[];
};

type ReportSource = { id: string; outlet: string; creditsInText: string[] };

/** The pair as stored in source_decisions: lower id first. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/**
 * Independence of `reportId` from each of `otherReportIds`, decided from evidence: an editor's
 * decision wins; otherwise a credit line naming the other outlet makes the pair derived.
 */
export async function loadIndependence(client: Db | DbTransaction, reportId: string, otherReportIds: string[]): Promise<Map<string, PairIndependence>> {
  const others = [...new Set(otherReportIds.filter((id) => id !== reportId))];
  if (others.length === 0) return new Map();
  const [reports, decisions] = await Promise.all([
    client.report.findMany({ where: { id: { in: [reportId, ...others] } }, select: { id: true, outlet: true, creditsInText: true } }),
    client.sourceDecision.findMany({
      where: {
        OR: others.map((other) => {
          const [a, b] = orderedPair(reportId, other);
          return { reportId: a, otherReportId: b };
        }),
      },
      select: { reportId: true, otherReportId: true, relation: true, derivedReportId: true, reason: true },
    }),
  ]);
  const byId = new Map(reports.map((report) => [report.id, report]));
  const decisionByOther = new Map(decisions.map((decision) => [decision.reportId === reportId ? decision.otherReportId : decision.reportId, decision]));
  const own = byId.get(reportId);
  const result = new Map<string, PairIndependence>();
  for (const otherId of others) {
    const other = byId.get(otherId);
    if (!own || !other) continue;
    const decision = decisionByOther.get(otherId);
    if (decision) {
      const independent = decision.relation === 'independent';
      const detail = independent ? 'An editor decided these reports are independent' : decidedDerivedDetail(own, other, decision.derivedReportId);
      result.set(otherId, {
        otherReportId: otherId,
        independent,
        derivedReportId: independent ? null : decision.derivedReportId,
        reasons: [{ kind: 'editor', detail: decision.reason ? `${detail}: ${decision.reason}` : detail }],
      });
      continue;
    }
    result.set(otherId, creditIndependence(own, other));
  }
  return result;
}

function decidedDerivedDetail(own: ReportSource, other: ReportSource, derivedReportId: string | null): string {
  if (derivedReportId === own.id) return `An editor decided ${own.outlet} is derived from ${other.outlet}`;
  if (derivedReportId === other.id) return `An editor decided ${other.outlet} is derived from ${own.outlet}`;
  return `An editor decided ${own.outlet} and ${other.outlet} are not independent`;
}

function creditIndependence(own: ReportSource, other: ReportSource): PairIndependence {
  const fromOther = creditedSource(own, other);
  if (fromOther) {
    return { otherReportId: other.id, independent: false, derivedReportId: own.id, reasons: [{ kind: 'credit', detail: `${own.outlet} credits ${fromOther}` }] };
  }
  const fromOwn = creditedSource(other, own);
  if (fromOwn) {
    return { otherReportId: other.id, independent: false, derivedReportId: other.id, reasons: [{ kind: 'credit', detail: `${other.outlet} credits ${fromOwn}` }] };
  }
  return { otherReportId: other.id, independent: true, derivedReportId: null, reasons: [] };
}
