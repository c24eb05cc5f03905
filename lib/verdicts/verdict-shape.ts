import type { Prisma } from '@/lib/generated/prisma/client';

/** The evidence of a verdict (a reviewer's or a final one), in the order it was given. */
export const evidenceSelect = {
  orderBy: { position: 'asc' },
  select: {
    id: true,
    relation: true,
    sentenceId: true,
    url: true,
    quote: true,
    sentence: { select: { text: true, reportId: true, index: true, report: { select: { outlet: true } } } },
  },
} as const satisfies Prisma.Verdict$evidenceArgs;

/** What a stored verdict is read back as, everywhere (API, pages, audit events). */
export const verdictSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  label: true,
  note: true,
  proposedLabel: true,
  version: true,
  updatedAt: true,
  evidence: evidenceSelect,
} as const satisfies Prisma.VerdictSelect;

type StoredVerdict = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;
type StoredEvidence = StoredVerdict['evidence'][number];

export function evidenceShape(evidence: StoredEvidence[]) {
  return evidence.map((link) =>
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
  );
}

export function verdictShape(verdict: StoredVerdict) {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    reviewerId: verdict.reviewerId,
    label: verdict.label,
    note: verdict.note,
    version: verdict.version,
    updatedAt: verdict.updatedAt.toISOString(),
    evidence: evidenceShape(verdict.evidence),
    /** The label proposed when it was saved (null: none); the verdict followed it when the two are equal. */
    proposedLabel: verdict.proposedLabel,
  };
}

export type VerdictView = ReturnType<typeof verdictShape>;

/** What a verdict form edits and shows: the shared part of a reviewer's and a final verdict. */
export type VerdictContent = Pick<VerdictView, 'label' | 'note' | 'version' | 'evidence'> & { proposedLabel?: VerdictView['proposedLabel'] };

/** The part of a verdict an audit event records. */
export function verdictSnapshot(verdict: VerdictContent) {
  return {
    label: verdict.label,
    note: verdict.note,
    version: verdict.version,
    evidence: verdict.evidence.map((link) =>
      link.kind === 'sentence' ? { sentenceId: link.sentenceId, relation: link.relation } : { url: link.url, quote: link.quote, relation: link.relation },
    ),
    // Saved with a proposal on screen: what it was, so the history says whether it was followed.
    ...(verdict.proposedLabel ? { proposedLabel: verdict.proposedLabel } : {}),
  };
}
