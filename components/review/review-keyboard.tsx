'use client';

import { useEffect, useState } from 'react';

const shortcuts: [string, string][] = [
  ['j / ↓', 'next sentence'],
  ['k / ↑', 'previous sentence'],
  ['1 / 2 / 3', 'Corroborated / Single-source / Disputed'],
  ['n', 'write the note'],
  ['Esc', 'leave the field'],
  ['s', 'suggest evidence'],
  ['a', 'accept the proposed label'],
  ['Ctrl+Enter', 'save the verdict'],
  ['?', 'show or hide this help'],
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Acts on an element of the sentence being worked on as soon as it is there: a sentence just moved
 * to may not have been read from the server yet, and a key pressed meanwhile is kept for it rather
 * than lost. Gives up after about half a second.
 */
function whenShown<T extends Element>(find: () => T | null | undefined, act: (element: T) => void, framesLeft = 30) {
  const element = find();
  if (element) return act(element);
  if (framesLeft > 0) requestAnimationFrame(() => whenShown(find, act, framesLeft - 1));
}

type Props = {
  /** Moves to the next (1) or previous (-1) sentence for review. */
  onMove: (step: 1 | -1) => void;
  /** The element of the sentence being worked on: keys act on it even when focus has fallen to the page. */
  current: () => HTMLElement | null;
  /** Builds the verdict form of the sentence moved to now, if it is still to come, before a key that acts on it. */
  buildForm: () => void;
};

/** Keyboard-first review: moving between sentences and labelling without the mouse. */
export function ReviewKeyboard({ onMove, current, buildForm }: Props) {
  const [isHelpOpen, setIsHelpOpen] = useState(true);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const sentence = current();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        buildForm();
        whenShown(() => current()?.querySelector<HTMLButtonElement>('button[type="submit"]'), (button) => button.click());
        event.preventDefault();
        return;
      }
      if (event.key === 'Escape' && isTyping(event.target) && sentence?.contains(event.target as Node)) {
        sentence.focus();
        event.preventDefault();
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const onForm = (act: () => void) => () => {
        // Before acting, so the keys typed next (a note) land in the form, not on the page as shortcuts.
        buildForm();
        act();
      };
      const radio = (position: number) => onForm(() => whenShown(() => current()?.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]')[position], (input) => input.click()));
      const actions: Record<string, () => void> = {
        j: () => onMove(1),
        ArrowDown: () => onMove(1),
        k: () => onMove(-1),
        ArrowUp: () => onMove(-1),
        '1': radio(0),
        '2': radio(1),
        '3': radio(2),
        n: onForm(() => whenShown(() => current()?.querySelector<HTMLTextAreaElement>('textarea'), (note) => note.focus())),
        s: onForm(() => whenShown(() => current()?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="s"]'), (button) => button.click())),
        a: onForm(() => whenShown(() => current()?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="a"]'), (button) => button.click())),
        '?': () => setIsHelpOpen((open) => !open),
      };
      const action = actions[event.key];
      if (!action) return;
      action();
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onMove, current, buildForm]);

  if (!isHelpOpen) return null;
  return (
    <aside className="shortcut-help" aria-label="Keyboard shortcuts">
      <strong>Keyboard:</strong>{' '}
      {shortcuts.map(([keys, what]) => (
        <span key={keys}>
          <kbd>{keys}</kbd> {what}
        </span>
      ))}
    </aside>
  );
}
