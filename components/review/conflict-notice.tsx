import type { VerdictContent } from '@/lib/verdicts/verdict-shape';
import { verdictLabelNames } from '@/lib/validations/verdict';
import { countOf } from '@/lib/format/plural';

type Props = { current: VerdictContent | null; onOverwrite: () => void; onUseTheirs: () => void };

/** A save was based on an old version: show what is stored now and let the reviewer choose knowingly. */
export function ConflictNotice({ current, onOverwrite, onUseTheirs }: Props) {
  return (
    <div className="notice" role="alert">
      <p>
        <strong>This verdict was changed elsewhere since you opened it.</strong> Your changes are not saved yet.
      </p>
      {current ? (
        <p>
          Now stored (version {current.version}): <strong>{verdictLabelNames[current.label]}</strong>
          {current.note ? ` — “${current.note}”` : ''}, {countOf(current.evidence.length, 'evidence link', 'evidence links')}.
        </p>
      ) : (
        <p>The stored verdict was removed.</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onOverwrite}>
          Overwrite with mine
        </button>
        <button type="button" className="button secondary" onClick={onUseTheirs}>
          Use theirs and edit
        </button>
      </div>
    </div>
  );
}
