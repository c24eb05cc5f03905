'use client';

import { useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { proposeStoryAction } from '@/actions/stories';

export type StoryOption = { id: string; title: string };
type Proposal = { storyId: string; title: string } | null;

/**
 * The story the tool proposes for a report's text (the one whose reports it resembles most),
 * chosen in the form unless the editor picked a story themselves.
 */
export function useStoryProposal(choose: (storyId: string) => void) {
  const [proposal, setProposal] = useState<Proposal>(null);
  const pickedByHand = useRef(false);
  const lastText = useRef('');
  async function proposeFor(text: string) {
    if (!text.trim() || text === lastText.current) return;
    lastText.current = text;
    const result = await proposeStoryAction({ text });
    const found = result.ok ? result.data.proposal : null;
    setProposal(found);
    if (found && !pickedByHand.current) choose(found.storyId);
  }
  return { proposal, proposeFor, pickedByHand: () => (pickedByHand.current = true) };
}

/** A story select's options, “No story” first. */
export function StoryOptions({ stories }: { stories: StoryOption[] }) {
  return (
    <>
      <option value="">No story</option>
      {stories.map((story) => (
        <option key={story.id} value={story.id}>
          {story.title}
        </option>
      ))}
    </>
  );
}

/** The import form's story select, saying which story the text was found to resemble. */
export function StoryField({ id, stories, registration, proposal, error }: { id: string; stories: StoryOption[]; registration: UseFormRegisterReturn; proposal: Proposal; error?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Story</label>
      <select id={id} aria-describedby={`${id}-hint`} {...registration}>
        <StoryOptions stories={stories} />
      </select>
      <p id={`${id}-hint`} className="hint" aria-live="polite">
        {proposal ? `Proposed: the text resembles the reports of “${proposal.title}”.` : 'The reports of one event form a story; the story whose reports the text resembles is proposed once the text is in.'}
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
