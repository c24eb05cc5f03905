'use client';

import Link from 'next/link';
import { acceptMajorityAction } from '@/actions/adjudication';
import { VerdictForm } from '@/components/review/verdict-form';
import { ActionError } from '@/components/ui/action-error';
import { useActionCall } from '@/components/ui/use-action-call';
import type { AdjudicationItem } from '@/lib/adjudication/get-adjudication-queue';
import { sentenceKindLabels } from '@/lib/segmentation/sentence-kind';
import { finalVerdictBasisNames, verdictLabelNames } from '@/lib/validations/verdict';
import { ReviewerVerdictCard } from './reviewer-verdict-card';

const reasonNames: Record<AdjudicationItem['reason'], string> = {
  disagreement: 'Reviewers disagree',
  single_verdict: 'One verdict only',
  unsupported_corroboration: 'Agreed corroboration without independent support',
};

/** A claim to settle: every reviewer's verdict side by side, then the final verdict form or the majority in one click. */
export function AdjudicationEntry({ item, locked }: { item: AdjudicationItem; locked: boolean }) {
  const { call, error, isPending } = useActionCall();
  return (
    <li className="adjudication-item" aria-label={`Claim in sentence ${item.sentenceIndex + 1}`}>
      <p className="meta">
        {reasonNames[item.reason]} · Sentence {item.sentenceIndex + 1}
        {item.sentenceKind !== 'body' && ` · now marked ${sentenceKindLabels[item.sentenceKind].toLowerCase()}, not for review`} ·{' '}
        <Link href={`/audit?sentenceId=${item.sentenceId}`}>History</Link>
      </p>
      <p className="sentence-text">{item.isDefault ? item.sentenceText : `“${item.text}” — in: ${item.sentenceText}`}</p>
      <div className="reviewer-verdicts">
        {item.verdicts.map((verdict) => (
          <ReviewerVerdictCard key={verdict.id} verdict={verdict} />
        ))}
      </div>
      {item.unsupportedCorroboration && (
        <p className="notice" role="note">
          The reviewers agree, but approval cannot settle this claim: {item.unsupportedCorroboration}
        </p>
      )}
      {item.final && (
        <p role="status">
          Final: <span className={`badge label-${item.final.label}`}>{verdictLabelNames[item.final.label]}</span> ({finalVerdictBasisNames[item.final.basis]} by{' '}
          {item.final.decidedBy.name}, version {item.final.version})
        </p>
      )}
      {item.majority && !item.unsupportedCorroboration && !locked && (
        <div className="button-row">
          <button
            type="button"
            className="button secondary"
            disabled={isPending}
            onClick={() => call(() => acceptMajorityAction({ claimId: item.claimId, version: item.final?.version }))}
          >
            Accept majority: {verdictLabelNames[item.majority]}
          </button>
        </div>
      )}
      <ActionError message={error} />
      <VerdictForm key={`${item.final?.version ?? 0}`} claimId={item.claimId} initial={item.final} kind="final" locked={locked} />
    </li>
  );
}
