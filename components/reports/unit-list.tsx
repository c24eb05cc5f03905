import { isForReview, unitKindLabels, type UnitKind } from '@/lib/segmentation/unit-kind';
import { SentenceKindSelect } from './sentence-kind-select';

type UnitItem = { id: string; index: number; kind: UnitKind; text: string; reattachedBy: string | null };

export function UnitList({ units }: { units: UnitItem[] }) {
  return (
    <ol className="units" aria-label="Units of the report">
      {units.map((unit) => (
        <li key={unit.id} className={`unit${isForReview(unit.kind) ? '' : ' not-for-review'}`} aria-label={`Unit ${unit.index + 1}`}>
          <div>
            <span className={`badge kind-${unit.kind}`}>{unitKindLabels[unit.kind]}</span>
            {!isForReview(unit.kind) && <span className="tag">not for review</span>}
            {unit.reattachedBy === 'fuzzy' && <span className="tag">text changed in the last re-import</span>}
          </div>
          <span className="unit-text">{unit.text}</span>
          <SentenceKindSelect sentenceId={unit.id} kind={unit.kind} position={unit.index + 1} />
        </li>
      ))}
    </ol>
  );
}
