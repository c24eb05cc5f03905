'use client';

import { useEffect, useState } from 'react';
import { suggestEvidenceAction } from '@/actions/verdicts';
import type { Suggestion } from '@/lib/review/suggest-evidence';
import { verdictLabelNames } from '@/lib/validations/verdict';

type Props = { claimId: string; onLink: (suggestion: Suggestion, relation: 'supports' | 'contradicts') => void; linked: Set<string> };

/** Sentences of the other reports that may state the claim's fact, each linkable with one click. */
export function SuggestionPanel({ claimId, onLink, linked }: Props) {
  const [state, setState] = useState<{ suggestions: Suggestion[] } | { error: string } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    suggestEvidenceAction({ claimId, limit: 5 }).then((result) => {
      if (isCurrent) setState(result.ok ? result.data : { error: result.message });
    });
    return () => {
      isCurrent = false;
    };
  }, [claimId]);

  if (!state) return <p className="hint" role="status">Looking for evidence in the other reports…</p>;
  if ('error' in state) return <p role="alert" className="field-error">{state.error}</p>;
  if (state.suggestions.length === 0) return <p className="hint">No sentence of the other reports shares this claim’s terms.</p>;
  return (
    <ol className="suggestions" aria-label="Suggested evidence">
      {state.suggestions.map((suggestion) => (
        <li key={suggestion.sentenceId}>
          <p>
            <strong>{suggestion.outlet}</strong> {suggestion.sameStory && <span className="badge">same story</span>}{' '}
            <span className="meta">score {suggestion.score.toFixed(2)}</span>
          </p>
          <p className="sentence-text">“{suggestion.text}”</p>
          <p className="hint">Shared terms: {suggestion.sharedTerms.join(', ') || 'none'}</p>
          {suggestion.mismatches.map((mismatch) => (
            <p key={`${mismatch.kind}-${mismatch.claim}`} className="mismatch">
              Differs on {mismatch.kind}: “{mismatch.claim}” here, “{mismatch.other}” there
            </p>
          ))}
          <p className="hint">
            {suggestion.independent ? 'Independent source.' : `${suggestion.independenceNote}.`}{' '}
            {suggestion.suggestedLabel ? `Suggested label: ${verdictLabelNames[suggestion.suggestedLabel]}` : `${suggestion.labelNote}.`}
          </p>
          {linked.has(suggestion.sentenceId) ? (
            <p className="hint">Linked as evidence.</p>
          ) : (
            <div className="button-row">
              <button type="button" className="button secondary" onClick={() => onLink(suggestion, 'supports')}>
                Link as supporting
              </button>
              <button type="button" className="button secondary" onClick={() => onLink(suggestion, 'contradicts')}>
                Link as contradicting
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
