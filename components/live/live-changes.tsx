'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

type Change = { action: string; actor: string | null; status?: string; mine?: true };

const statusWords: Record<string, string> = { in_review: 'back in review', in_adjudication: 'in adjudication', approved: 'approved' };
// While the live channel is unavailable (the server follows as many pages as it can), the page
// reads itself again this often instead.
const pollMs = 15_000;
// Saves in a burst are shown together: the page is read again at most this often (a long
// report's page is costly to render).
const refreshGapMs = 1_000;

function said(change: Change, subject: string): string | null {
  if (!change.status) return null;
  return `${change.actor ?? 'Someone'} put ${subject} ${statusWords[change.status] ?? change.status}`;
}

/**
 * Keeps the page it is on current while others work: each change the live route at `path` tells
 * of (from any server process) has the page read again, so progress, status and locks show
 * without reloading; its person's own changes are left out (the page already shows them). Tells
 * status changes in words, of `subject` ("this report", "a report").
 * Falls back to reading the page every 15 s when live updates are refused.
 */
export function LiveChanges({ path, subject }: { path: string; subject: string }) {
  const router = useRouter();
  const [state, setState] = useState<'connecting' | 'live' | 'polling'>('connecting');
  const [latest, setLatest] = useState<string | null>(null);
  const lastRefresh = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const refresh = () => {
      if (pending.current) return;
      const wait = Math.max(0, lastRefresh.current + refreshGapMs - Date.now());
      pending.current = setTimeout(() => {
        pending.current = null;
        lastRefresh.current = Date.now();
        router.refresh();
      }, wait);
    };
    const source = new EventSource(path);
    let poll: ReturnType<typeof setInterval> | null = null;
    source.addEventListener('open', () => setState('live'));
    source.addEventListener('change', (message) => {
      const change = JSON.parse((message as MessageEvent<string>).data) as Change;
      // The page already shows what its own person did here (a save, an action's answer).
      if (change.mine) return;
      const words = said(change, subject);
      if (words) setLatest(words);
      refresh();
    });
    // A refusal (503: too many live pages) closes the source for good; a dropped connection
    // reconnects by itself, resuming after the last event.
    source.addEventListener('error', () => {
      if (source.readyState !== EventSource.CLOSED || poll) return;
      setState('polling');
      poll = setInterval(refresh, pollMs);
    });
    return () => {
      source.close();
      if (poll) clearInterval(poll);
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    };
  }, [path, subject, router]);

  return (
    <p className="meta live-changes" data-live={state}>
      {/* Announced politely; not role="status", which the page's own notices use. */}
      <span aria-live="polite">
        {latest}
      </span>
      {state === 'polling' && <span> Live updates are unavailable: this page refreshes every 15 seconds.</span>}
    </p>
  );
}
