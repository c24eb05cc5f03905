'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { saveVerdictAction, saveVerdictFormAction } from '@/actions/verdicts';
import { saveFinalVerdictAction } from '@/actions/adjudication';
import { FormError } from '@/components/ui/form-error';
import type { ClaimProposal } from '@/lib/review/claim-proposal';
import type { Suggestion } from '@/lib/review/suggest-evidence';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';
import { verdictLabelMeanings, verdictLabelNames, verdictLabels, ZVerdictBody, type VerdictLabel } from '@/lib/validations/verdict';
import { ConflictNotice } from './conflict-notice';
import { corroborationNotice, draftsOf, isSameEvidence, type EvidenceDraft } from './evidence-draft';
import { EvidenceList } from './evidence-list';
import { OutsideSourceFields } from './outside-source-fields';
import { ProposalBox } from './proposal-box';
import { SuggestionPanel } from './suggestion-panel';
import { dropDraft, keepDraft, readDraft } from './verdict-drafts';

type Values = { label?: VerdictLabel; note: string; evidence: EvidenceDraft[] };

function valuesOf(verdict: VerdictContent | null): Values {
  return { label: verdict?.label, note: verdict?.note ?? '', evidence: draftsOf(verdict) };
}

function payloadOf(values: Values) {
  return {
    label: values.label,
    note: values.note,
    evidence: values.evidence.map((link) =>
      'sentenceId' in link ? { sentenceId: link.sentenceId, relation: link.relation } : { url: link.url, quote: link.quote, relation: link.relation },
    ),
  };
}

// The shared schema checks what is sent (the form also holds what the reviewer is shown).
const resolver: Resolver<Values> = async (values) => {
  const parsed = ZVerdictBody.safeParse(payloadOf(values));
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<Values> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'label' || issue.path[0] === 'note' ? issue.path[0] : 'evidence';
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};

type Props = {
  claimId: string;
  initial: VerdictContent | null;
  // A reviewer's own verdict, or an editor's final verdict: the same form, rules and conflicts.
  kind?: 'review' | 'final';
  // Set when the verdict cannot change (report approved or in adjudication, or the reviewer's review complete): the form shows it, disabled.
  locked?: boolean;
  /** Told of each verdict saved, so the page around the form can show it at once. */
  onSaved?: (verdict: VerdictContent) => void;
  /** A final verdict: the reviewer's verdict the editor chose to start from ("Use this verdict"), put into the form to edit and save. */
  startFrom?: AdoptedVerdict | null;
};

/** A reviewer's verdict an editor takes as the start of the final one. */
export type AdoptedVerdict = { reviewerId: string; reviewerName: string; verdict: VerdictContent; choice: number };

const saveActions = { review: saveVerdictAction, final: saveFinalVerdictAction };

export function VerdictForm({ claimId, initial, kind = 'review', locked = false, onSaved, startFrom = null }: Props) {
  const router = useRouter();
  const [version, setVersion] = useState(initial?.version);
  const [isSaved, setIsSaved] = useState(false);
  const [showSuggestions, setShowSuggestions] = useState(false);
  const [conflict, setConflict] = useState<{ current: VerdictContent | null; mine: Values } | null>(null);
  const [proposal, setProposal] = useState<ClaimProposal | null>(null);
  const [isProposalAccepted, setIsProposalAccepted] = useState(false);
  const { register, handleSubmit, setValue, setError, reset, getValues, control, formState } = useForm<Values>({
    resolver,
    defaultValues: valuesOf(initial),
  });
  const evidence = useWatch({ control, name: 'evidence' });
  const chosenLabel = useWatch({ control, name: 'label' });
  // Without JavaScript the browser posts the form itself: a reviewer's label and note are saved
  // by the server action, the evidence kept as it was rendered, and the page comes back with the result.
  const [postedResult, postForm] = useActionState(saveVerdictFormAction, null);

  useEffect(() => {
    if (locked) return;
    let isCurrent = true;
    // A plain GET, not a server action: actions run one at a time through the router, and one in
    // flight as the form opens held back the keys and the save that follow it.
    fetch(`/api/v1/claims/${claimId}/suggestions?limit=1`)
      .then((response) => (response.ok ? (response.json() as Promise<ClaimProposal>) : null))
      .then((result) => {
        if (isCurrent && result) setProposal({ proposal: result.proposal, proposalNote: result.proposalNote });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [claimId, locked]);

  // A label or note typed and not saved survives moving away, a filter or a reload, in this tab.
  useEffect(() => {
    if (kind !== 'review' || locked) return;
    const draft = readDraft(claimId);
    if (!draft || (draft.label === initial?.label && draft.note === (initial?.note ?? ''))) return;
    if (draft.label) setValue('label', draft.label, { shouldDirty: true });
    setValue('note', draft.note, { shouldDirty: true });
  }, [claimId, kind, locked, initial, setValue]);

  // "Use this verdict": the reviewer's label, note and evidence replace what the form holds.
  useEffect(() => {
    if (!startFrom) return;
    setValue('label', startFrom.verdict.label, { shouldDirty: true });
    setValue('note', startFrom.verdict.note, { shouldDirty: true });
    setValue('evidence', draftsOf(startFrom.verdict), { shouldDirty: true });
  }, [startFrom, setValue]);

  function keepTyped() {
    if (kind !== 'review') return;
    const { label, note } = getValues();
    keepDraft(claimId, { label, note });
  }

  function discardDraft() {
    dropDraft(claimId);
    adoptStored(initial);
  }

  function adoptStored(verdict: VerdictContent | null) {
    reset(valuesOf(verdict));
    setVersion(verdict?.version);
  }

  async function save(values: Values, basedOn: number | undefined) {
    // What was proposed when the verdict was saved, followed or not (omitted if it had not loaded).
    const proposedLabel = proposal ? (proposal.proposal?.label ?? null) : undefined;
    const adopted = kind === 'final' && startFrom ? { adoptedFromReviewerId: startFrom.reviewerId } : {};
    const result = await saveActions[kind]({ claimId, ...payloadOf(values), proposedLabel, version: basedOn, ...adopted });
    if (result.ok) {
      adoptStored(result.data);
      setConflict(null);
      setIsSaved(true);
      setShowSuggestions(false);
      setIsProposalAccepted(false);
      dropDraft(claimId);
      onSaved?.(result.data);
      // A final verdict moves its claim from the open list to the settled one.
      if (kind === 'final') router.refresh();
      return;
    }
    if (result.field === 'version') {
      setConflict({ current: (result.details?.current as VerdictContent | null) ?? null, mine: values });
      return;
    }
    const field = result.field === 'label' || result.field === 'note' ? result.field : result.field?.startsWith('evidence') ? 'evidence' : 'root';
    setError(field, { message: result.message });
  }

  function setEvidence(next: EvidenceDraft[]) {
    setValue('evidence', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setIsSaved(false);
  }

  function link(suggestion: Suggestion, relation: 'supports' | 'contradicts') {
    const draft: EvidenceDraft = {
      sentenceId: suggestion.sentenceId,
      relation,
      outlet: suggestion.outlet,
      text: suggestion.text,
      independent: suggestion.independent,
      independenceNote: suggestion.independenceNote,
    };
    if (!evidence.some((existing) => isSameEvidence(existing, draft))) setEvidence([...evidence, draft]);
  }

  /** The proposal's label and sentences into the form; the note and any outside source are kept. */
  function acceptProposal() {
    const accepted = proposal?.proposal;
    if (!accepted) return;
    setValue('label', accepted.label, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    const drafts: EvidenceDraft[] = accepted.evidence.map((link) => ({
      sentenceId: link.sentenceId,
      relation: link.relation,
      outlet: link.outlet,
      text: link.text,
      ...(accepted.label === 'corroborated' ? { independent: true } : {}),
    }));
    setEvidence([...evidence.filter((existing) => !drafts.some((draft) => isSameEvidence(existing, draft))), ...drafts]);
    setIsProposalAccepted(true);
    keepTyped();
  }

  const errors = formState.errors;
  return (
    <form
      className="verdict-form"
      action={kind === 'review' ? postForm : undefined}
      onSubmit={handleSubmit((values) => save(values, version))}
      onChange={() => {
        setIsSaved(false);
        keepTyped();
      }}
      noValidate
    >
      <FormError message={errors.root?.message ?? (postedResult && !postedResult.ok ? postedResult.message : undefined)} />
      <input type="hidden" name="claimId" value={claimId} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <input type="hidden" name="evidence" value={JSON.stringify(payloadOf({ note: '', evidence: draftsOf(initial) }).evidence)} />
      <fieldset className="verdict-fieldset" disabled={locked}>
        {kind === 'review' && formState.isDirty && !locked && (
          <p className="unsaved">
            Not saved yet (kept in this tab if you move away).{' '}
            <button type="button" className="link-button" onClick={discardDraft}>
              Discard changes
            </button>
          </p>
        )}
        {conflict && (
          <ConflictNotice
            current={conflict.current}
            onOverwrite={() => save(conflict.mine, conflict.current?.version)}
            onUseTheirs={() => {
              adoptStored(conflict.current);
              setConflict(null);
            }}
          />
        )}
        {!locked && <ProposalBox outcome={proposal} onAccept={acceptProposal} isAccepted={isProposalAccepted} />}
        {startFrom && !locked && (
          <p className="notice" role="status">
            Taken from {startFrom.reviewerName}’s verdict: edit it if needed, then save. The final verdict records that it was theirs.
          </p>
        )}
        <div role="radiogroup" aria-label="Verdict" className="verdict-labels">
          {verdictLabels.map((label, position) => (
            <label key={label} className={`verdict-option label-${label}`} title={verdictLabelMeanings[label]}>
              <input type="radio" value={label} aria-keyshortcuts={kind === 'review' ? String(position + 1) : undefined} defaultChecked={initial?.label === label} {...register('label')} />
              <span>{verdictLabelNames[label]}</span>
              <small>{verdictLabelMeanings[label]}</small>
            </label>
          ))}
        </div>
        {errors.label && <p className="field-error">{errors.label.message}</p>}
        <label className="field">
          <span>Note</span>
          <textarea rows={2} aria-keyshortcuts="n" defaultValue={initial?.note ?? ''} {...register('note')} />
        </label>
        <EvidenceList evidence={evidence} onRemove={(index) => setEvidence(evidence.filter((_, i) => i !== index))} />
        {errors.evidence && <p className="field-error">{errors.evidence.message ?? errors.evidence.root?.message}</p>}
        {!errors.evidence && <CorroborationNotice message={corroborationNotice(chosenLabel, evidence)} />}
        <div className="button-row">
          <button type="button" className="button secondary" aria-keyshortcuts="s" aria-expanded={showSuggestions} onClick={() => setShowSuggestions(!showSuggestions)}>
            {showSuggestions ? 'Hide suggestions' : 'Suggest evidence'}
          </button>
          <button type="submit" className="button" aria-keyshortcuts="Control+Enter" disabled={formState.isSubmitting}>
            {kind === 'final' ? 'Save final verdict' : 'Save verdict'}
          </button>
          {((isSaved && !formState.isDirty) || postedResult?.ok) && (
            <span role="status" className="saved">
              Saved
            </span>
          )}
        </div>
        {showSuggestions && (
          <SuggestionPanel
            claimId={claimId}
            onLink={link}
            linked={new Set(evidence.flatMap((link) => ('sentenceId' in link ? [link.sentenceId] : [])))}
          />
        )}
        <details>
          <summary>Add an outside source</summary>
          <OutsideSourceFields onAdd={(draft) => setEvidence([...evidence, draft])} />
        </details>
      </fieldset>
    </form>
  );
}

function CorroborationNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="note" aria-label="Independent source needed">
      {message}
    </p>
  );
}
