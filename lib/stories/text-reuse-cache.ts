import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { orderedPair, pairKey } from './ordered-pair';
import { measureTextReuse, type TextReuseFigures } from './text-reuse';


type ReportText = { id: string; outlet: string; title: string | null; body: string; revision: number };

/** The text reuse of a pair, both ways: whether either reuses the other's wording, and how much. */
export type PairTextReuse = {
  reportId: string;
  otherReportId: string;
  reportRevision: number;
  otherReportRevision: number;
  reused: boolean;
  detail: string;
  figures: { ofReport: TextReuseFigures; ofOther: TextReuseFigures };
};

const reportTextSelect = { id: true, outlet: true, title: true, body: true, revision: true } as const;

/** Measures a pair both ways (each report's wording in the other's) and keeps the stronger finding. */
export function measurePair(one: ReportText, two: ReportText): PairTextReuse {
  const [first, second] = one.id < two.id ? [one, two] : [two, one];
  const named = (report: ReportText) => ({ name: report.outlet, body: report.body, title: report.title });
  const ofReport = measureTextReuse(named(second), named(first));
  const ofOther = measureTextReuse(named(first), named(second));
  const strength = (verdict: typeof ofReport) => (verdict.reused ? 2 : 0) + Math.max(verdict.figures.runShare, verdict.figures.alignedShare);
  const stronger = strength(ofReport) >= strength(ofOther) ? ofReport : ofOther;
  return {
    reportId: first.id,
    otherReportId: second.id,
    reportRevision: first.revision,
    otherReportRevision: second.revision,
    reused: stronger.reused,
    detail: stronger.detail,
    figures: { ofReport: ofReport.figures, ofOther: ofOther.figures },
  };
}

/** The stored measures of these pairs, of whatever revisions, by pair key (one indexed query). */
export async function loadStoredTextReuse(client: Db | DbTransaction, pairs: [string, string][]): Promise<Map<string, PairTextReuse>> {
  if (pairs.length === 0) return new Map();
  const rows = await client.textReuse.findMany({
    where: { OR: pairs.map(([a, b]) => orderedPair(a, b)).map(([reportId, otherReportId]) => ({ reportId, otherReportId })) },
    select: { reportId: true, otherReportId: true, reportRevision: true, otherReportRevision: true, reused: true, detail: true, figures: true },
  });
  return new Map(rows.map((row) => [pairKey(row.reportId, row.otherReportId), { ...row, figures: row.figures as PairTextReuse['figures'] }]));
}

/** Whether a stored measure is of both reports' current revisions. */
export function isCurrent(reuse: PairTextReuse | undefined, revisionOf: (reportId: string) => number | undefined): reuse is PairTextReuse {
  return reuse !== undefined && revisionOf(reuse.reportId) === reuse.reportRevision && revisionOf(reuse.otherReportId) === reuse.otherReportRevision;
}

// A pair's measure depends only on the two reports' texts, which a report's id and revision fix
// (outlet and title never change; a new body is a new revision). So the pairs measured on a read
// are kept here, keyed by both: reports outside a story have no stored measure, and every verdict
// citing one would otherwise read both bodies and measure them again.
const measuredPairs = new Map<string, PairTextReuse>();
const measuredPairsLimit = 1_000;
const revisionKey = (a: string, b: string, revisionOf: (reportId: string) => number | undefined) =>
  orderedPair(a, b)
    .map((id) => `${id}@${revisionOf(id)}`)
    .join(' ');

function remember(key: string, reuse: PairTextReuse) {
  if (measuredPairs.size >= measuredPairsLimit) measuredPairs.clear();
  measuredPairs.set(key, reuse);
}

/**
 * Text reuse of each pair: the stored measure where it is current, else measured now and not stored
 * (readers do not write), for a pair never measured since its reports last changed; such a
 * measure is kept in memory for the same revisions.
 */
export async function currentTextReuse(
  client: Db | DbTransaction,
  pairs: [string, string][],
  stored: Map<string, PairTextReuse>,
  revisionOf: (reportId: string) => number | undefined,
): Promise<Map<string, PairTextReuse>> {
  const found = new Map<string, PairTextReuse>();
  const missing: [string, string][] = [];
  for (const [a, b] of pairs) {
    const reuse = stored.get(pairKey(a, b));
    const measured = measuredPairs.get(revisionKey(a, b, revisionOf));
    if (isCurrent(reuse, revisionOf)) found.set(pairKey(a, b), reuse);
    else if (measured) found.set(pairKey(a, b), measured);
    else missing.push([a, b]);
  }
  if (missing.length === 0) return found;
  const texts = await client.report.findMany({ where: { id: { in: [...new Set(missing.flat())] } }, select: reportTextSelect });
  const byId = new Map(texts.map((text) => [text.id, text]));
  for (const [a, b] of missing) {
    const one = byId.get(a);
    const two = byId.get(b);
    if (!one || !two) continue;
    const measured = measurePair(one, two);
    found.set(pairKey(a, b), measured);
    if (revisionOf(a) === one.revision && revisionOf(b) === two.revision) remember(revisionKey(a, b, revisionOf), measured);
  }
  return found;
}

/**
 * Measures and stores the text reuse between a report and the other reports of its story, for the
 * pairs not measured at their current revisions: called when a report is imported or revised, or
 * joins a story, so that deciding independence finds the figures stored.
 */
export async function refreshTextReuse(tx: DbTransaction, reportId: string): Promise<number> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { ...reportTextSelect, storyId: true } });
  if (!report?.storyId) return 0;
  const others = await tx.report.findMany({ where: { storyId: report.storyId, id: { not: reportId } }, select: reportTextSelect });
  const stored = await loadStoredTextReuse(
    tx,
    others.map((other) => [reportId, other.id]),
  );
  const revisions = new Map([report, ...others].map((one) => [one.id, one.revision]));
  const stale = others.filter((other) => !isCurrent(stored.get(pairKey(reportId, other.id)), (id) => revisions.get(id)));
  for (const other of stale) {
    const measured = measurePair(report, other);
    const { reportId: first, otherReportId: second, ...data } = measured;
    const row = { ...data, figures: data.figures as unknown as Prisma.InputJsonValue, computedAt: new Date() };
    await tx.textReuse.upsert({
      where: { reportId_otherReportId: { reportId: first, otherReportId: second } },
      create: { reportId: first, otherReportId: second, ...row },
      update: row,
      select: { reportId: true },
    });
  }
  return stale.length;
}
