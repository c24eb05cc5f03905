import type { Prisma } from '@/lib/generated/prisma/client';

/** What a stored verdict is read back as, everywhere (API, pages, audit events). */
export const verdictSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  label: true,
  note: true,
  version: true,
  updatedAt: true,
  evidence: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      relation: true,
      sentenceId: true,
      url: true,
      quote: true,
      sentence: { select: { text: true, reportId: true, index: true, report: { select: { outlet: true } } } },
    },
  },
} as const satisfies Prisma.VerdictSelect;

type StoredVerdict = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;

export function verdictShape(verdict: StoredVerdict) {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    reviewerId: verdict.reviewerId,
    label: verdict.label,
    note: verdict.note,
    version: verdict.version,
    updatedAt: verdict.updatedAt.toISOString(),
    evidence: verdict.evidence.map((link) =>
      link.sentence && link.sentenceId
        ? {
            kind: 'sentence' as const,
            id: link.id,
            relation: link.relation,
            sentenceId: link.sentenceId,
            reportId: link.sentence.reportId,
            outlet: link.sentence.report.outlet,
            sentenceIndex: link.sentence.index,
            text: link.sentence.text,
          }
        : { kind: 'url' as const, id: link.id, relation: link.relation, url: link.url ?? '', quote: link.quote ?? '' },
    ),
  };
}

export type VerdictView = ReturnType<typeof verdictShape>;

/** The part of a verdict an audit event records. */
export function verdictSnapshot(verdict: VerdictView) {
  return {
    label: verdict.label,
    note: verdict.note,
    version: verdict.version,
    evidence: verdict.evidence.map((link) =>
      link.kind === 'sentence' ? { sentenceId: link.sentenceId, relation: link.relation } : { url: link.url, quote: link.quote, relation: link.relation },
    ),
  };
}
