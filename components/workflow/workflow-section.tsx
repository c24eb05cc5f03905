import Link from 'next/link';
import type { Agreement } from '@/lib/agreement/get-agreement';
import type { ReportStatus } from '@/lib/validations/workflow';
import { countOf } from '@/lib/format/plural';
import { AgreementFigures } from './agreement-figures';
import { AssignmentEditor } from './assignment-editor';
import { ExcludedVerdicts } from './excluded-verdicts';
import { openClaimCountsText } from './open-claim-counts';
import { ReviewCompletionList } from './review-completion-list';
import { ReviewSettingsForm } from './review-settings-form';
import { StatusControls } from './status-controls';

type Props = {
  reportId: string;
  status: ReportStatus;
  settings: { blindReview: boolean; adjudicateSingleVerdicts: boolean };
  agreement: Agreement;
  candidates: { id: string; name: string; role: string }[];
};

/** The editor's controls for one report: status, reviewers, settings, agreement and the way to adjudication. */
export function WorkflowSection({ reportId, status, settings, agreement, candidates }: Props) {
  const assigned = agreement.reviewers
    .filter((reviewer) => reviewer.assigned)
    .map((reviewer) => ({
      reviewerId: reviewer.id,
      name: reviewer.name,
      progress: `${reviewer.sentencesReviewed} of ${countOf(reviewer.sentences, 'sentence', 'sentences')} reviewed`,
      completed: reviewer.completedAt !== null && reviewer.reopenedAt === null,
    }));
  const unassigned = agreement.reviewers.filter((reviewer) => !reviewer.assigned);
  const completions = agreement.reviewers.flatMap(({ id, name, completedAt, reopenedAt, unreviewedSentences }) =>
    completedAt ? [{ reviewerId: id, name, completedAt, reopenedAt, unreviewedSentences }] : [],
  );
  return (
    <section className="card workflow-panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      <StatusControls reportId={reportId} status={status} claimsNeedingFinalVerdict={agreement.claimsNeedingFinalVerdict} />
      <p>
        <Link href={`/reports/${reportId}/adjudication`}>Adjudication</Link>: without a final verdict, {openClaimCountsText(agreement)}.
      </p>
      <AgreementFigures
        alpha={agreement.alpha}
        percentAgreement={agreement.percentAgreement}
        pairableClaims={agreement.pairableClaims}
        excludedVerdictCount={agreement.excludedVerdictCount}
      />
      <ExcludedVerdicts verdicts={agreement.excludedVerdicts} />
      <AssignmentEditor reportId={reportId} assigned={assigned} candidates={candidates} />
      <ReviewCompletionList reportId={reportId} rows={completions} canReopen={status !== 'approved'} />
      {unassigned.length > 0 && (
        <p className="meta">
          Also reviewing: {unassigned.map((reviewer) => `${reviewer.name} (${reviewer.sentencesReviewed} of ${reviewer.sentences})`).join(', ')}
        </p>
      )}
      <ReviewSettingsForm reportId={reportId} settings={settings} />
    </section>
  );
}
