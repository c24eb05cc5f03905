import { z } from 'zod';
import type { FinalVerdictBasis } from '@/lib/generated/prisma/enums';
import { ZWebAddress } from './web-address';

export const verdictLabels = ['corroborated', 'single_source', 'disputed'] as const;
export type VerdictLabel = (typeof verdictLabels)[number];
export const evidenceRelations = ['supports', 'contradicts'] as const;

export const verdictLabelNames: Record<VerdictLabel, string> = {
  corroborated: 'Corroborated',
  single_source: 'Single-source',
  disputed: 'Disputed',
};

/** How a final verdict was reached, in words: its `basis`. */
export const finalVerdictBasisNames: Record<FinalVerdictBasis, string> = {
  editor: 'set by an editor',
  majority: 'majority accepted',
  consensus: 'reviewers agreed',
};

export const verdictLabelMeanings: Record<VerdictLabel, string> = {
  corroborated: 'An independent source states the same fact.',
  single_source: 'Only this report, or only sources derived from it, states it.',
  disputed: 'A source contradicts it, or sources disagree on a detail.',
};

const ZRelation = z.enum(evidenceRelations, { message: 'relation must be supports or contradicts' });

export const ZSentenceEvidence = z.object({
  sentenceId: z.uuid({ message: 'sentenceId must be a sentence id' }),
  relation: ZRelation,
});

export const ZOutsideEvidence = z.object({
  url: ZWebAddress("the evidence's web address"),
  quote: z.string().trim().min(1, 'quote is required: copy the words of the source').max(2_000, 'quote must be at most 2,000 characters'),
  relation: ZRelation,
});

export const ZEvidence = z.union([ZSentenceEvidence, ZOutsideEvidence], {
  message: 'Each evidence link needs a sentenceId, or a url and a quote, and a relation',
});
export type TEvidence = z.infer<typeof ZEvidence>;

const ZVerdictFields = z.object({
  label: z.enum(verdictLabels, { message: 'Choose a verdict: corroborated, single_source or disputed' }),
  note: z.string().max(10_000, 'Note must be at most 10,000 characters').default(''),
  evidence: z.array(ZEvidence).max(50, 'At most 50 evidence links').default([]),
  version: z.number().int().min(1, 'version must be 1 or more').optional(),
  // The label the fact map proposed when the verdict was saved (null: none): whether it was followed.
  proposedLabel: z.enum(verdictLabels, { message: 'proposedLabel must be corroborated, single_source, disputed or null' }).nullable().optional(),
});

// The rules of the labels, shown by the form before saving and enforced again by the server.
function checkEvidenceRules(verdict: z.output<typeof ZVerdictFields>, context: z.core.$RefinementCtx) {
  const has = (relation: 'supports' | 'contradicts') => verdict.evidence.some((link) => link.relation === relation);
  if (verdict.label === 'corroborated' && !has('supports')) {
    context.addIssue({ code: 'custom', path: ['evidence'], message: 'A corroborated verdict needs at least one supporting source' });
  }
  if (verdict.label === 'disputed' && !has('contradicts')) {
    context.addIssue({ code: 'custom', path: ['evidence'], message: 'A disputed verdict needs at least one contradicting source' });
  }
}

/** The reviewer's verdict form and the body of `PUT /api/v1/claims/{id}/verdict`. */
export const ZVerdictBody = ZVerdictFields.superRefine(checkEvidenceRules);
export type TVerdictBody = z.input<typeof ZVerdictBody>;

export const ZSaveVerdict = ZVerdictFields.extend({ claimId: z.uuid({ message: 'claimId must be a claim id' }) }).superRefine(checkEvidenceRules);

/** An editor's final verdict: a verdict, and the reviewer whose verdict it started from ("Use this verdict"), if any. */
export const ZSaveFinalVerdict = ZVerdictFields.extend({
  claimId: z.uuid({ message: 'claimId must be a claim id' }),
  adoptedFromReviewerId: z.uuid({ message: 'adoptedFromReviewerId must be the id of a reviewer with a verdict on this claim' }).nullable().optional(),
}).superRefine(checkEvidenceRules);
