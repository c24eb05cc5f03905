'use client';

import { useEffect } from 'react';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const claimSelector = '.adjudication-item[data-claim-id]';

/** The open claim being worked on: the one holding the focus, else the first. */
function currentClaim(list: HTMLElement): HTMLElement | null {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(claimSelector) : null;
  return focused && list.contains(focused) ? focused : list.querySelector<HTMLElement>(claimSelector);
}

/**
 * Keys of the adjudication page, on its list of open claims: j / k move between claims, 1–9 take
 * that reviewer's verdict into the claim's final verdict form, Ctrl+Enter saves it (also while
 * typing the note).
 */
export function AdjudicationKeyboard({ listId }: { listId: string }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const list = document.getElementById(listId);
      if (!list) return;
      const claim = currentClaim(list);
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        const submit = claim?.querySelector<HTMLButtonElement>('form.verdict-form button[type="submit"]');
        // Typing in another field of the page (a filter, say) is not a save of this claim.
        const typingElsewhere = isTyping(event.target) && !claim?.contains(event.target as Node);
        if (!submit || typingElsewhere) return;
        event.preventDefault();
        submit.click();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'j' || event.key === 'k') {
        const claims = [...list.querySelectorAll<HTMLElement>(claimSelector)];
        const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(claimSelector) : null;
        const at = focused ? claims.indexOf(focused) : -1;
        const next = claims[at === -1 ? 0 : Math.min(claims.length - 1, Math.max(0, at + (event.key === 'j' ? 1 : -1)))];
        if (!next) return;
        event.preventDefault();
        next.focus();
        next.scrollIntoView({ block: 'nearest' });
        return;
      }
      if (/^[1-9]$/.test(event.key)) {
        const button = claim?.querySelectorAll<HTMLButtonElement>('.reviewer-verdict button')[Number(event.key) - 1];
        if (!button) return;
        event.preventDefault();
        button.click();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [listId]);
  return (
    <p className="meta keyboard-legend">
      Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous claim · <kbd>1</kbd>–<kbd>9</kbd> use that reviewer’s verdict · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save the final
      verdict
    </p>
  );
}
