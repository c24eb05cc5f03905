'use client';

import Link from 'next/link';
import { useState } from 'react';
import { acceptMajorityAction } from '@/actions/adjudication';
import { VerdictForm, type AdoptedVerdict } from '@/components/review/verdict-form';
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

/**
 * A claim to settle: why it is here, every reviewer's verdict side by side, each one click from
 * the final verdict form ("Use this verdict"), then the form, or the majority in one click.
 */
export function AdjudicationEntry({ item, locked }: { item: AdjudicationItem; locked: boolean }) {
  const { call, error, isPending } = useActionCall();
  const [startFrom, setStartFrom] = useState<AdoptedVerdict | null>(null);
  // Numbered as the review workspace numbers it; a line no longer for review by its line.
  const place = item.sentenceNumber === null ? `line ${item.sentenceIndex + 1}` : `sentence ${item.sentenceNumber}`;
  return (
    <li className="adjudication-item" tabIndex={-1} data-claim-id={item.claimId} aria-label={`Claim in ${place}`}>
      <p className="meta">
        {reasonNames[item.reason]} · {place.charAt(0).toUpperCase() + place.slice(1)}
        {item.sentenceKind !== 'body' && ` · now marked ${sentenceKindLabels[item.sentenceKind].toLowerCase()}, not for review`} ·{' '}
        <Link href={`/audit?sentenceId=${item.sentenceId}`}>History</Link>
      </p>
      <p className="sentence-text">{item.isDefault ? item.sentenceText : `“${item.text}” — in: ${item.sentenceText}`}</p>
      <div className="reviewer-verdicts">
        {item.verdicts.map((verdict, position) => (
          <ReviewerVerdictCard
            key={verdict.id}
            verdict={verdict}
            number={position + 1}
            onUse={locked ? undefined : () => setStartFrom({ reviewerId: verdict.reviewerId, reviewerName: verdict.reviewerName, verdict, choice: (startFrom?.choice ?? 0) + 1 })}
          />
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
          {item.final.decidedBy.name}
          {item.final.adoptedFrom ? `, taken from ${item.final.adoptedFrom.name}’s verdict` : ''}, version {item.final.version})
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
      <VerdictForm key={`${item.final?.version ?? 0}`} claimId={item.claimId} initial={item.final} kind="final" locked={locked} startFrom={startFrom} />
    </li>
  );
}
