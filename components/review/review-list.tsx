import { claimLockReason, kindLockReason } from '@/components/reports/lock-reasons';
import { SentenceKindSelect } from '@/components/reports/sentence-kind-select';
import { getActor } from '@/lib/auth/get-actor';
import type { ReviewWorkspace } from '@/lib/review/get-review-workspace';
import { sentenceKindLabels } from '@/lib/segmentation/sentence-kind';
import { ReviewSentence } from './review-sentence';

/** Every sentence in order: the body sentences with their verdict forms, the rest visible but muted. */
export async function ReviewList({ workspace, showHistory }: { workspace: ReviewWorkspace; showHistory: boolean }) {
  if (workspace.sentences.length === 0) return <p className="meta">No sentence matches this filter.</p>;
  const actor = await getActor();
  const kindLock = actor ? kindLockReason(actor, workspace.workflow.status) : 'Sign in to change a sentence’s kind.';
  return (
    <ol className="sentences" aria-label="Sentences">
      {workspace.sentences.map((sentence) =>
        sentence.kind === 'body' ? (
          <ReviewSentence
            key={sentence.id}
            sentence={sentence}
            verdicts={workspace.verdicts}
            others={workspace.others}
            conflicts={workspace.conflicts}
            locked={workspace.workflow.status !== 'in_review' || workspace.workflow.hasCompleted}
            kindLockReason={kindLock}
            claimLockReason={claimLockReason(workspace.workflow)}
            showHistory={showHistory}
          />
        ) : (
          <li key={sentence.id} className="sentence-row not-for-review" aria-label={`Sentence ${sentence.index + 1}`}>
            <div>
              <span className={`badge kind-${sentence.kind}`}>{sentenceKindLabels[sentence.kind]}</span>
              <span className="tag">not for review</span>
            </div>
            <span className="sentence-text">{sentence.text}</span>
            <SentenceKindSelect sentenceId={sentence.id} kind={sentence.kind} position={sentence.index + 1} disabledReason={kindLock} />
          </li>
        ),
      )}
    </ol>
  );
}
