import { SentenceKindSelect } from '@/components/reports/sentence-kind-select';
import type { ReviewWorkspace } from '@/lib/review/get-review-workspace';
import { unitKindLabels } from '@/lib/segmentation/unit-kind';
import { ReviewSentence } from './review-sentence';

/** Every unit in order: sentences for review with their verdict forms, the rest visible but muted. */
export function ReviewList({ workspace, showHistory }: { workspace: ReviewWorkspace; showHistory: boolean }) {
  if (workspace.units.length === 0) return <p className="meta">No sentence matches this filter.</p>;
  return (
    <ol className="units" aria-label="Sentences">
      {workspace.units.map((unit) =>
        unit.kind === 'body' ? (
          <ReviewSentence
            key={unit.id}
            sentence={unit}
            verdicts={workspace.verdicts}
            others={workspace.others}
            conflicts={workspace.conflicts}
            locked={workspace.workflow.status !== 'in_review' || workspace.workflow.hasCompleted}
            showHistory={showHistory}
          />
        ) : (
          <li key={unit.id} className="unit not-for-review" aria-label={`Unit ${unit.index + 1}`}>
            <div>
              <span className={`badge kind-${unit.kind}`}>{unitKindLabels[unit.kind]}</span>
              <span className="tag">not for review</span>
            </div>
            <span className="unit-text">{unit.text}</span>
            <SentenceKindSelect sentenceId={unit.id} kind={unit.kind} position={unit.index + 1} />
          </li>
        ),
      )}
    </ol>
  );
}
