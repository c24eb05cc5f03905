import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import { creditedSource, sameOutlet, sharedCredits } from './credit-lines';
import { laterReport } from './later-report';
import { pairKey } from './ordered-pair';
import { judgeTextReuse } from './text-reuse';
import { currentTextReuse, type PairTextReuse } from './text-reuse-cache';

export { orderedPair } from './ordered-pair';

export type IndependenceReasonKind = 'same_outlet' | 'credit' | 'text_reuse' | 'editor';
export type IndependenceReason = { kind: IndependenceReasonKind; detail: string };

/** Whether `reportId` and another report are independent sources, and why. */
export type PairIndependence = {
  otherReportId: string;
  independent: boolean;
  /** When not independent: the copy, if known (the report written from the other). */
  derivedReportId: string | null;
  reasons: IndependenceReason[];
};

/** What the evidence says of a pair, before any editor's decision. */
export type ComputedIndependence = Omit<PairIndependence, 'otherReportId'> & { textReuse: PairTextReuse | null };
export type PairIndependenceWithComputed = PairIndependence & { computed: ComputedIndependence };

type ReportSource = { id: string; outlet: string; creditsInText: string[]; publishedOn: Date | null; createdAt: Date };
type Decision = { relation: 'independent' | 'derived'; derivedReportId: string | null; reason: string | null };

type ReportWithPair = ReportSource & {
  revision: number;
  decision: Decision | null;
  reuse: (Omit<PairTextReuse, 'figures'> & { figures: unknown }) | null;
};

type ReportPairRow = ReportSource & {
  revision: number;
  relation: Decision['relation'] | null;
  derivedReportId: string | null;
  decisionReason: string | null;
  reuseReportId: string | null;
  reuseOtherReportId: string | null;
  reportRevision: number | null;
  otherReportRevision: number | null;
  reused: boolean | null;
  detail: string | null;
  figures: unknown;
};

/**
 * The reports, each other one with its editor's decision and stored text reuse with `reportId`
 * (keyed lower id first, as uuids compare), in one query of two primary-key joins. Written by
 * hand: Prisma's joined relations (four lateral JSON aggregations) made a save's pgbench replay
 * slower than the three separate reads had.
 */
async function reportsWithPairs(client: Db | DbTransaction, reportId: string, others: string[]): Promise<ReportWithPair[]> {
  const rows = await client.$queryRaw<ReportPairRow[]>`
    SELECT r.id::text AS id, r.outlet, r.credits_in_text AS "creditsInText", r.published_on AS "publishedOn", r.created_at AS "createdAt", r.revision,
      d.relation::text AS relation, d.derived_report_id::text AS "derivedReportId", d.reason AS "decisionReason",
      t.report_id::text AS "reuseReportId", t.other_report_id::text AS "reuseOtherReportId", t.report_revision AS "reportRevision",
      t.other_report_revision AS "otherReportRevision", t.reused, t.detail, t.figures
    FROM reports r
    LEFT JOIN source_decisions d ON r.id <> ${reportId}::uuid AND d.report_id = least(r.id, ${reportId}::uuid) AND d.other_report_id = greatest(r.id, ${reportId}::uuid)
    LEFT JOIN text_reuses t ON r.id <> ${reportId}::uuid AND t.report_id = least(r.id, ${reportId}::uuid) AND t.other_report_id = greatest(r.id, ${reportId}::uuid)
    WHERE r.id = ANY(${[reportId, ...others]}::uuid[])`;
  return rows.map((row) => ({
    id: row.id,
    outlet: row.outlet,
    creditsInText: row.creditsInText,
    publishedOn: row.publishedOn,
    createdAt: row.createdAt,
    revision: row.revision,
    decision: row.relation ? { relation: row.relation, derivedReportId: row.derivedReportId, reason: row.decisionReason } : null,
    reuse: row.reuseReportId && row.reuseOtherReportId ? { reportId: row.reuseReportId, otherReportId: row.reuseOtherReportId, reportRevision: row.reportRevision ?? 0, otherReportRevision: row.otherReportRevision ?? 0, reused: row.reused ?? false, detail: row.detail ?? '', figures: row.figures } : null,
  }));
}

/**
 * Independence of `reportId` from each of `otherReportIds`, decided from evidence: an editor's
 * decision wins; otherwise a credit line naming the other outlet, or a wire service both credit,
 * makes the pair derived; otherwise the text reuse measured when the reports were imported or
 * revised (lib/stories/text-reuse-cache.ts), measured now only for a pair not measured at its
 * current revisions. One query, a second only for such a pair.
 */
export async function loadIndependence(client: Db | DbTransaction, reportId: string, otherReportIds: string[]): Promise<Map<string, PairIndependence>> {
  const found = await loadIndependenceWithComputed(client, reportId, otherReportIds);
  return new Map([...found].map(([otherId, { computed: _computed, ...pair }]) => [otherId, pair]));
}

/** As loadIndependence, with what the evidence says beside an editor's decision. */
export async function loadIndependenceWithComputed(client: Db | DbTransaction, reportId: string, otherReportIds: string[]): Promise<Map<string, PairIndependenceWithComputed>> {
  const others = [...new Set(otherReportIds.filter((id) => id !== reportId))];
  if (others.length === 0) return new Map();
  const pairs = others.map((other): [string, string] => [reportId, other]);
  const reports = await reportsWithPairs(client, reportId, others);
  const decisionByOther = new Map<string, Decision>();
  const storedReuse = new Map<string, PairTextReuse>();
  for (const { decision, reuse, id } of reports) {
    if (decision) decisionByOther.set(id, decision);
    if (reuse) storedReuse.set(pairKey(reuse.reportId, reuse.otherReportId), { ...reuse, figures: reuse.figures as PairTextReuse['figures'] });
  }
  const byId = new Map(reports.map((report) => [report.id, report]));
  const own = byId.get(reportId);
  if (!own) return new Map();
  const fromCredits = new Map(others.flatMap((otherId) => {
    const other = byId.get(otherId);
    return other ? [[otherId, creditIndependence(own, other)] as const] : [];
  }));
  const needText = pairs.filter(([, otherId]) => fromCredits.get(otherId) === null);
  const reuse = await currentTextReuse(client, needText, storedReuse, (id) => byId.get(id)?.revision);
  const result = new Map<string, PairIndependenceWithComputed>();
  for (const [otherId, credited] of fromCredits) {
    const other = byId.get(otherId);
    if (!other) continue;
    const computed = credited ?? textReuseIndependence(own, other, reuse.get(pairKey(reportId, otherId)) ?? null);
    const decision = decisionByOther.get(otherId);
    const decided = decision ? editorIndependence(own, other, decision) : null;
    const { textReuse: _textReuse, ...chosen } = decided ?? computed;
    result.set(otherId, { otherReportId: otherId, ...chosen, computed });
  }
  return result;
}

function editorIndependence(own: ReportSource, other: ReportSource, decision: Decision): ComputedIndependence {
  const independent = decision.relation === 'independent';
  const detail = independent ? 'An editor decided these reports are independent' : decidedDerivedDetail(own, other, decision.derivedReportId);
  return {
    independent,
    derivedReportId: independent ? null : decision.derivedReportId,
    reasons: [{ kind: 'editor', detail: decision.reason ? `${detail}: ${decision.reason}` : detail }],
    textReuse: null,
  };
}

function decidedDerivedDetail(own: ReportSource, other: ReportSource, derivedReportId: string | null): string {
  if (derivedReportId === own.id) return `An editor decided ${own.outlet} is derived from ${other.outlet}`;
  if (derivedReportId === other.id) return `An editor decided ${other.outlet} is derived from ${own.outlet}`;
  return `An editor decided ${own.outlet} and ${other.outlet} are not independent`;
}

/** One outlet's reports, derived by a credit line, or by a wire service both credit; null when credits say nothing. */
function creditIndependence(own: ReportSource, other: ReportSource): ComputedIndependence | null {
  if (sameOutlet(own, other)) return { independent: false, derivedReportId: null, reasons: [{ kind: 'same_outlet', detail: `both are reports of ${own.outlet}` }], textReuse: null };
  const derived = (derivedReportId: string | null, detail: string): ComputedIndependence => ({ independent: false, derivedReportId, reasons: [{ kind: 'credit', detail }], textReuse: null });
  const fromOther = creditedSource(own, other);
  if (fromOther) return derived(own.id, `${own.outlet} credits ${fromOther}`);
  const fromOwn = creditedSource(other, own);
  if (fromOwn) return derived(other.id, `${other.outlet} credits ${fromOwn}`);
  const shared = sharedCredits(own, other);
  if (shared.length > 0) return derived(null, `both credit ${shared.join(', ')}: which is the copy is unknown`);
  return null;
}

function textReuseIndependence(own: ReportSource, other: ReportSource, reuse: PairTextReuse | null): ComputedIndependence {
  if (!reuse?.reused) return { independent: true, derivedReportId: null, reasons: [], textReuse: reuse };
  const { copy, detail } = laterReport(own, other);
  const reused = copy ? copyReuse(reuse, copy, copy.id === own.id ? other : own) : null;
  return { independent: false, derivedReportId: copy?.id ?? null, reasons: [{ kind: 'text_reuse', detail: `${reused ?? reuse.detail}; ${detail}` }], textReuse: reuse };
}

/** The finding told from the copy's side (its wording found in the original), when that side shows it. */
function copyReuse(reuse: PairTextReuse, copy: ReportSource, original: ReportSource): string | null {
  const figures = copy.id === reuse.reportId ? reuse.figures.ofReport : reuse.figures.ofOther;
  const verdict = judgeTextReuse(figures, original.outlet, copy.outlet);
  return verdict.reused ? verdict.detail : null;
}
