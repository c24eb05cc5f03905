import type { Prisma } from '@/lib/generated/prisma/client';
import { evidenceSelect, evidenceShape, verdictSnapshot } from './verdict-shape';

/** What a final verdict is read back as, everywhere (API, pages, audit events). */
export const finalVerdictSelect = {
  id: true,
  claimId: true,
  label: true,
  note: true,
  proposedLabel: true,
  basis: true,
  version: true,
  updatedAt: true,
  decidedBy: { select: { id: true, name: true } },
  adoptedFrom: { select: { id: true, name: true } },
  evidence: evidenceSelect,
} as const satisfies Prisma.FinalVerdictSelect;

type StoredFinalVerdict = Prisma.FinalVerdictGetPayload<{ select: typeof finalVerdictSelect }>;

export function finalVerdictShape(verdict: StoredFinalVerdict) {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    label: verdict.label,
    note: verdict.note,
    basis: verdict.basis,
    version: verdict.version,
    updatedAt: verdict.updatedAt.toISOString(),
    decidedBy: verdict.decidedBy,
    /** The reviewer whose verdict the editor took this one from ("Use this verdict"), if any. */
    adoptedFrom: verdict.adoptedFrom,
    evidence: evidenceShape(verdict.evidence),
    proposedLabel: verdict.proposedLabel,
  };
}

export type FinalVerdictView = ReturnType<typeof finalVerdictShape>;

export function finalVerdictSnapshot(verdict: FinalVerdictView) {
  return { ...verdictSnapshot(verdict), basis: verdict.basis, ...(verdict.adoptedFrom ? { adoptedFromId: verdict.adoptedFrom.id } : {}) };
}
