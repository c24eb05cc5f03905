import 'server-only';
import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadSentenceNumbers } from '@/lib/reports/load-sentence-numbers';
import type { ExportEvidence, ExportReviewerVerdict, ExportScope } from '@/lib/validations/export-document';
import { loadIndependentSupport, type ClaimReportRef, type IndependentSupport } from '@/lib/verdicts/independent-support';
import type { ExportClaimRow, ExportSentenceRow } from './export-events';

const evidenceSelect = {
  orderBy: { position: 'asc' },
  select: {
    relation: true,
    sentenceId: true,
    url: true,
    quote: true,
    sentence: { select: { index: true, text: true, reportId: true, report: { select: { slug: true, outlet: true } } } },
  },
} as const satisfies Prisma.Verdict$evidenceArgs;

type StoredEvidence = Prisma.EvidenceGetPayload<{ select: (typeof evidenceSelect)['select'] }>;

const personSelect = { select: { name: true, email: true } } as const;

/** Evidence sentences' numbers in the review workspace ("sentence N"), by sentence id; lines not for review have none. */
type SentenceNumbers = Map<string, number>;

function loadEvidenceNumbers(client: Db, stored: { evidence: StoredEvidence[] }[]): Promise<SentenceNumbers> {
  return loadSentenceNumbers(stored.flatMap((verdict) => verdict.evidence.flatMap((link) => link.sentenceId ?? [])), client);
}

function evidenceOf(stored: StoredEvidence[], numbers: SentenceNumbers): ExportEvidence[] {
  return stored.map((link) =>
    link.sentence && link.sentenceId
      ? {
          kind: 'sentence',
          relation: link.relation,
          sentenceId: link.sentenceId,
          reportSlug: link.sentence.report.slug,
          outlet: link.sentence.report.outlet,
          sentenceIndex: link.sentence.index,
          sentenceNumber: numbers.get(link.sentenceId) ?? null,
          text: link.sentence.text,
        }
      : { kind: 'url', relation: link.relation, url: link.url ?? '', quote: link.quote },
  );
}

function groupBy<Item>(items: Item[], key: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

type StoredReviewerVerdict = StoredVerdictFields & { reviewer: { name: string; email: string } };

type StoredVerdictFields = { id: string; label: ExportReviewerVerdict['label']; note: string; version: number; createdAt: Date; updatedAt: Date; evidence: StoredEvidence[] };

/** The fields reviewer and final verdicts share, as the export writes them. */
function verdictFields(stored: StoredVerdictFields, numbers: SentenceNumbers) {
  return {
    id: stored.id,
    label: stored.label,
    note: stored.note,
    version: stored.version,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    evidence: evidenceOf(stored.evidence, numbers),
  };
}

type StoredFinal = { claimId: string; label: ExportReviewerVerdict['label']; evidence: StoredEvidence[] };

/**
 * Whether each corroborated final verdict has a supporting source independent of the report: the
 * rule saves enforce, applied again to verdicts stored before it (or restored), in one lookup.
 */
async function supportOfCorroborations(client: Db, report: ClaimReportRef, finals: StoredFinal[]): Promise<Map<string, IndependentSupport>> {
  const corroborated = finals.filter((final) => final.label === 'corroborated');
  if (corroborated.length === 0) return new Map();
  return loadIndependentSupport(
    client,
    corroborated.map((final) => ({
      key: final.claimId,
      report,
      evidence: final.evidence.map((link) => (link.sentence ? { relation: link.relation, reportId: link.sentence.reportId, outlet: link.sentence.report.outlet } : { relation: link.relation, url: link.url ?? '' })),
    })),
  );
}

function supportFields(support: IndependentSupport | undefined) {
  if (!support) return {};
  return support.isIndependent ? { independentSupport: true } : { independentSupport: false, independenceReasons: support.reasons };
}

/** Who gave each claim a verdict, and (scope "all") the verdicts themselves as stored. */
async function loadVerdicts(client: Db, claimIds: string[], scope: ExportScope): Promise<{ claimId: string; reviewerName: string; stored: StoredReviewerVerdict | null }[]> {
  const orderBy = [{ createdAt: 'asc' }, { id: 'asc' }] satisfies Prisma.VerdictOrderByWithRelationInput[];
  if (scope === 'final') {
    const reviewers = await client.verdict.findMany({ where: { claimId: { in: claimIds } }, orderBy, select: { claimId: true, reviewer: { select: { name: true } } } });
    return reviewers.map((verdict) => ({ claimId: verdict.claimId, reviewerName: verdict.reviewer.name, stored: null }));
  }
  const verdicts = await client.verdict.findMany({
    where: { claimId: { in: claimIds } },
    orderBy,
    select: { id: true, claimId: true, label: true, note: true, version: true, createdAt: true, updatedAt: true, reviewer: personSelect, evidence: evidenceSelect },
  });
  return verdicts.map((verdict) => ({ claimId: verdict.claimId, reviewerName: verdict.reviewer.name, stored: verdict }));
}

/**
 * One batch of a report's current sentences after `afterIndex`, with their current claims, final
 * verdicts (a corroborated one saying whether it has independent support) and (scope "all") every
 * reviewer's verdict, evidence sentences carrying their workspace numbers, in flat queries that use
 * the indexes on (report, index) and on claim ids. The sentences' own numbers are counted by the
 * caller, which reads the report's batches in order.
 */
export async function loadSentenceBatch({
  client,
  report,
  afterIndex,
  limit,
  scope,
}: {
  client: Db;
  report: ClaimReportRef;
  afterIndex: number;
  limit: number;
  scope: ExportScope;
}): Promise<Omit<ExportSentenceRow, 'sentenceNumber'>[]> {
  const sentences = await client.sentence.findMany({
    where: { reportId: report.id, orphanedAt: null, index: { gt: afterIndex } },
    orderBy: { index: 'asc' },
    take: limit,
    select: { id: true, index: true, start: true, end: true, text: true, prefix: true, suffix: true, kind: true, detectedKind: true },
  });
  if (sentences.length === 0) return [];
  const claims = await client.claim.findMany({
    where: { sentenceId: { in: sentences.map((sentence) => sentence.id) }, removedAt: null, orphanedAt: null },
    orderBy: [{ isDefault: 'desc' }, { start: 'asc' }, { id: 'asc' }],
    select: { id: true, sentenceId: true, start: true, end: true, text: true, prefix: true, suffix: true, isDefault: true },
  });
  const claimIds = claims.map((claim) => claim.id);
  const finals = await client.finalVerdict.findMany({
    where: { claimId: { in: claimIds } },
    select: { id: true, claimId: true, label: true, note: true, basis: true, version: true, createdAt: true, updatedAt: true, decidedBy: personSelect, evidence: evidenceSelect },
  });
  const verdicts = await loadVerdicts(client, claimIds, scope);
  const support = await supportOfCorroborations(client, report, finals);
  const numbers = await loadEvidenceNumbers(client, [...finals, ...verdicts.flatMap((verdict) => verdict.stored ?? [])]);
  const finalByClaim = new Map(finals.map((final) => [final.claimId, final]));
  const verdictsByClaim = groupBy(verdicts, (verdict) => verdict.claimId);
  const claimsBySentence = groupBy(claims, (claim) => claim.sentenceId);

  return sentences.map((sentence) => ({
    ...sentence,
    claims: (claimsBySentence.get(sentence.id) ?? []).map(({ sentenceId: _sentenceId, ...claim }): ExportClaimRow => {
      const final = finalByClaim.get(claim.id);
      const claimVerdicts = verdictsByClaim.get(claim.id) ?? [];
      return {
        ...claim,
        reviewerNames: claimVerdicts.map((verdict) => verdict.reviewerName),
        finalVerdict: final ? { ...verdictFields(final, numbers), basis: final.basis, decidedBy: final.decidedBy, ...supportFields(support.get(claim.id)) } : null,
        ...(scope === 'all' ? { verdicts: claimVerdicts.flatMap(({ stored }): ExportReviewerVerdict[] => (stored ? [{ ...verdictFields(stored, numbers), reviewer: stored.reviewer }] : [])) } : {}),
      };
    }),
  }));
}
