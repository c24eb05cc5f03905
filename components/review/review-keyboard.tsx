'use client';

import { useEffect, useState } from 'react';

const shortcuts: [string, string][] = [
  ['j / ↓', 'next sentence'],
  ['k / ↑', 'previous sentence'],
  ['1 / 2 / 3', 'Corroborated / Single-source / Disputed'],
  ['n', 'write the note'],
  ['s', 'suggest evidence'],
  ['Ctrl+Enter', 'save the verdict'],
  ['?', 'show or hide this help'],
];

function sentences(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-review-sentence]')];
}

function currentSentence(): HTMLElement | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-review-sentence]') ?? null;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function move(step: 1 | -1) {
  const all = sentences();
  const index = all.indexOf(currentSentence() as HTMLElement);
  const next = all[index === -1 ? 0 : Math.min(all.length - 1, Math.max(0, index + step))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

/** Keyboard-first review: moving between sentences and labelling without the mouse. */
export function ReviewKeyboard() {
  const [isHelpOpen, setIsHelpOpen] = useState(true);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const sentence = currentSentence();
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        sentence?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
        event.preventDefault();
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const radios = sentence?.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]');
      const actions: Record<string, () => void> = {
        j: () => move(1),
        ArrowDown: () => move(1),
        k: () => move(-1),
        ArrowUp: () => move(-1),
        '1': () => radios?.[0]?.click(),
        '2': () => radios?.[1]?.click(),
        '3': () => radios?.[2]?.click(),
        n: () => sentence?.querySelector<HTMLTextAreaElement>('textarea')?.focus(),
        s: () => sentence?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="s"]')?.click(),
        '?': () => setIsHelpOpen((open) => !open),
      };
      const action = actions[event.key];
      if (!action) return;
      action();
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

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
