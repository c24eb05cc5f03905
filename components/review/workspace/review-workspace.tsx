'use client';

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { locateClaimAction, reviewSentencesAction } from '@/actions/verdicts';
import type { ReviewWindow } from '@/lib/review/load-review-window';
import { reviewWindowLimit, type ReviewFilter } from '@/lib/validations/review-workspace';
import type { VerdictContent } from '@/lib/verdicts/verdict-shape';
import { ReviewKeyboard } from '../review-keyboard';
import { FoldedFurniture, FurnitureLine } from './furniture-lines';
import { indexOfNumber, reviewNumbers } from '@/lib/review/sentence-numbers';
import { isUnsettledConflict, nothingLoaded, withVerdict, withWindow } from './loaded-sentences';
import { reviewRows, type ReviewRow } from './review-rows';
import { SentenceRow } from './sentence-row';
import { useValueAfterPaint } from './use-value-after-paint';
import { WorkspaceTools } from './workspace-tools';
import { countOf } from '@/lib/format/plural';

type Props = {
  reportId: string;
  filter: ReviewFilter;
  outline: { kinds: string; matching: number[] | null; reviewed: number[]; conflicts: number[]; progress: { reviewed: number; total: number } };
  initial: ReviewWindow;
  /** The sentence to open on (the page's `?sentence=` or `?claim=`), and the claim to choose there; else the first in view. */
  opening: { index: number; claimId: string | null } | null;
  locked: boolean;
  /** Why kinds, or the reviewer's claims, cannot change now (components/reports/lock-reasons.ts); null when they can. */
  kindLockReason: string | null;
  claimLockReason: string | null;
  showHistory: boolean;
};

// Rough heights before a row is measured (the one being worked on is always on screen, so measured).
const rowHeight = 76;
const furnitureHeight = 44;
// How far beyond the rows on screen to read sentences ahead, so moving on finds them there.
const readAhead = 40;
const addressDelayMs = 300;

// A number, not a string: the virtualizer asks for the key of every row each time a size changes.
function rowKey(row: ReviewRow | undefined): number {
  if (!row) return Number.NaN;
  return row.type === 'sentence' ? row.index : -1 - row.from;
}

function sentenceHash(number: number): string {
  return `#sentence-${number}`;
}

/**
 * Sets the address's fragment, unless the page has changed meanwhile. The history entry keeps its
 * state: Next.js's router marks its entries there, and leaves a change to one of them alone
 * instead of re-rendering itself for what is only a fragment.
 */
function keepInAddress(hash: string): () => void {
  const page = window.location.pathname + window.location.search;
  return () => {
    if (window.location.pathname + window.location.search === page) window.history.replaceState(window.history.state, '', hash);
  };
}

/**
 * The review workspace: every sentence of the report in one list that renders only what is on
 * screen, reads sentences from the server as they come near, and builds the verdict form only for
 * the sentence being worked on. Works the same at 10 sentences and at 10,000.
 */
export function ReviewWorkspace({ reportId, filter, outline, initial, opening, locked, kindLockReason, claimLockReason, showHistory }: Props) {
  const router = useRouter();
  const numbers = useMemo(() => reviewNumbers(outline.kinds), [outline.kinds]);
  const [openRuns, setOpenRuns] = useState<ReadonlySet<number>>(() => new Set());
  const rows = useMemo(() => reviewRows(outline.kinds, outline.matching, openRuns), [outline.kinds, outline.matching, openRuns]);
  const positionOf = useMemo(() => new Map(rows.flatMap((row, position) => (row.type === 'sentence' ? [[row.index, position] as const] : []))), [rows]);
  const isForReview = useCallback((index: number) => outline.kinds[index] === 'b', [outline.kinds]);
  const [loaded, setLoaded] = useState(() => withWindow(nothingLoaded, initial));
  const [reviewed, setReviewed] = useState<ReadonlySet<number>>(() => new Set(outline.reviewed));
  const conflicted = useMemo(() => new Set(outline.conflicts), [outline.conflicts]);
  const firstForReview = rows.find((row) => row.type === 'sentence' && isForReview(row.index));
  const [active, setActive] = useState<number | null>(() =>
    opening && positionOf.has(opening.index) ? opening.index : firstForReview?.type === 'sentence' ? firstForReview.index : null,
  );
  // The claim a link named, chosen when its sentence's form is built.
  const [claimToOpen, setClaimToOpen] = useState(opening?.claimId ? opening : null);
  // Moving on answers in the frame of the key: focus and highlight first, the heavy verdict form
  // for the new sentence once that frame is painted, in a render React drops if the reviewer moves again.
  const [built, buildNow] = useValueAfterPaint(active);
  const pendingFocus = useRef<number | null>(null);
  const pendingShow = useRef<number | null>(null);
  const requested = useRef(new Set<number>());
  const addressTimer = useRef<number | undefined>(undefined);

  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0), []);
  const activePosition = active === null ? 0 : (positionOf.get(active) ?? 0);
  // Both stay the same function while the rows do: the virtualizer lays out every row again
  // whenever either changes, which at 10,000 rows costs more than a frame.
  const estimateSize = useCallback((position: number) => (rows[position]?.type === 'furniture' ? furnitureHeight : rowHeight), [rows]);
  const getItemKey = useCallback((position: number) => rowKey(rows[position]), [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    // Enough rows beyond the screen that a short report renders whole and moving on finds its neighbours built.
    overscan: 30,
    scrollMargin,
    getItemKey,
    // Scrolling re-renders the list in React's own time, not synchronously inside each scroll event.
    useFlushSync: false,
    // The first render (on the server, and on the client before it measures) shows the rows around the sentence opened on.
    initialRect: { width: 1024, height: 1200 },
    initialOffset: () => Math.max(0, activePosition - 3) * rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const firstShown = items[0]?.index ?? 0;
  const lastShown = items.at(-1)?.index ?? 0;

  // Read the sentences near the screen that are not here yet, a window at a time.
  useEffect(() => {
    const wanted: number[] = [];
    for (let position = Math.max(0, firstShown - readAhead); position <= Math.min(rows.length - 1, lastShown + readAhead); position += 1) {
      const row = rows[position];
      if (row?.type === 'sentence' && !loaded.sentences.has(row.index) && !requested.current.has(row.index)) wanted.push(row.index);
    }
    for (let start = 0; start < wanted.length; start += reviewWindowLimit) {
      const indexes = wanted.slice(start, start + reviewWindowLimit);
      for (const index of indexes) requested.current.add(index);
      void reviewSentencesAction({ reportId, indexes }).then((result) => {
        if (result.ok) setLoaded((current) => withWindow(current, result.data));
        else for (const index of indexes) requested.current.delete(index);
      });
    }
  }, [firstShown, lastShown, rows, loaded.sentences, reportId]);

  const activate = useCallback(
    (index: number, { scroll = true, focus = true } = {}) => {
      const position = positionOf.get(index);
      if (position === undefined) return;
      setActive(index);
      if (scroll) virtualizer.scrollToIndex(position, { align: 'auto' });
      if (focus) pendingFocus.current = index;
      const number = numbers[index];
      // The address follows once the reviewer pauses (browsers throttle history changes made on every key).
      window.clearTimeout(addressTimer.current);
      if (number) addressTimer.current = window.setTimeout(keepInAddress(sentenceHash(number)), addressDelayMs);
    },
    [positionOf, virtualizer, numbers],
  );
  useEffect(() => () => window.clearTimeout(addressTimer.current), []);

  const move = useCallback(
    (step: 1 | -1) => {
      let position = active === null ? -1 : (positionOf.get(active) ?? -1);
      for (position += step; position >= 0 && position < rows.length; position += step) {
        const row = rows[position];
        if (row?.type === 'sentence' && isForReview(row.index)) return activate(row.index);
      }
      if (active !== null) activate(active);
    },
    [active, positionOf, rows, isForReview, activate],
  );
  const current = useCallback(() => (active === null ? null : document.querySelector<HTMLElement>(`[data-review-sentence][data-sentence-index="${active}"]`)), [active]);

  const goToNumber = useCallback(
    (number: number) => {
      const index = indexOfNumber(numbers, number);
      if (index < 0 || !positionOf.has(index)) return false;
      activate(index);
      return true;
    },
    [numbers, positionOf, activate],
  );

  const showLine = useCallback(
    (index: number) => {
      if (!positionOf.has(index)) {
        let from = index;
        while (from > 0 && outline.kinds[from - 1] !== 'b') from -= 1;
        if (outline.matching) return false;
        pendingShow.current = index;
        setOpenRuns((runs) => new Set(runs).add(from));
        return true;
      }
      if (isForReview(index)) activate(index);
      else virtualizer.scrollToIndex(positionOf.get(index) ?? 0, { align: 'center' });
      return true;
    },
    [positionOf, outline.kinds, outline.matching, isForReview, activate, virtualizer],
  );

  // A line found inside a folded run is shown once the run has opened.
  useEffect(() => {
    const index = pendingShow.current;
    const position = index === null ? undefined : positionOf.get(index);
    if (position === undefined) return;
    pendingShow.current = null;
    virtualizer.scrollToIndex(position, { align: 'center' });
  }, [positionOf, virtualizer]);

  // A claim a link names: its sentence opens with that claim chosen. One outside the filter opens in the whole report.
  const goToClaim = useCallback(
    (claimId: string) => {
      // The page opened on this claim already (an export's link names it in both the query and the fragment).
      if (opening?.claimId === claimId && positionOf.has(opening.index)) return activate(opening.index);
      void locateClaimAction({ reportId, claimId }).then((result) => {
        if (!result.ok) return;
        if (!positionOf.has(result.data.index)) return router.push(`/reports/${reportId}?claim=${claimId}`);
        setClaimToOpen({ index: result.data.index, claimId });
        activate(result.data.index);
      });
    },
    [reportId, opening, positionOf, activate, router],
  );

  // A link to `#sentence-N` or `#claim-{id}` (from an export, or copied from the address bar) opens that sentence.
  useEffect(() => {
    function followHash() {
      const sentence = /^#sentence-(\d+)$/.exec(window.location.hash);
      if (sentence) return goToNumber(Number(sentence[1]));
      const claim = /^#claim-([0-9a-f-]{36})$/i.exec(window.location.hash);
      if (claim?.[1]) goToClaim(claim[1]);
      return Boolean(claim);
    }
    // On arrival the sentence opened on takes the focus, so the keys work at once, and comes into view.
    const isFocusFree = document.activeElement === document.body;
    if (followHash()) return listenToHash();
    const openingPosition = opening ? positionOf.get(opening.index) : undefined;
    if (opening && openingPosition !== undefined) {
      // The list starts on it already: it only needs to come into view, and the focus (just below).
      virtualizer.scrollToIndex(openingPosition, { align: 'center' });
      if (isFocusFree) pendingFocus.current = opening.index;
    } else if (active !== null && isFocusFree) document.querySelector<HTMLElement>(`[data-review-sentence][data-sentence-index="${active}"]`)?.focus({ preventScroll: true });
    return listenToHash();

    function listenToHash() {
      window.addEventListener('hashchange', followHash);
      return () => window.removeEventListener('hashchange', followHash);
    }
    // Only on arrival and on later changes of the address: not each time the list changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After the arrival's effect, so a sentence opened on is focused in the same commit.
  // Focus follows the sentence being worked on once its row is on screen: at once when it is
  // rendered already, else on the next frames while a far jump scrolls and measures its way there.
  useEffect(() => {
    let frame = 0;
    let attempts = 0;
    const tryFocus = () => {
      const pending = pendingFocus.current;
      if (pending === null) return;
      const element = document.querySelector<HTMLElement>(`[data-review-sentence][data-sentence-index="${pending}"]`);
      if (element) {
        pendingFocus.current = null;
        if (!element.contains(document.activeElement)) element.focus({ preventScroll: true });
        return;
      }
      const position = positionOf.get(pending);
      if (position !== undefined && attempts % 10 === 0) virtualizer.scrollToIndex(position, { align: 'auto' });
      attempts += 1;
      if (attempts < 120) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  });

  const openRow = useCallback((index: number) => activate(index, { scroll: false, focus: false }), [activate]);

  const onSaved = useCallback((index: number, claimId: string, verdict: VerdictContent) => {
    setLoaded((current) => withVerdict(current, claimId, verdict));
    setReviewed((current) => (current.has(index) ? current : new Set(current).add(index)));
  }, []);

  const reload = useCallback(
    (index: number) => {
      void reviewSentencesAction({ reportId, indexes: [index] }).then((result) => {
        if (result.ok) setLoaded((current) => withWindow(current, result.data));
      });
    },
    [reportId],
  );

  const filterQuery = filter === 'all' ? '' : `filter=${filter}&`;
  return (
    <>
      <p className="progress" aria-live="polite">
        <strong>
          {reviewed.size} of {countOf(outline.progress.total, 'sentence', 'sentences')} reviewed
        </strong>
      </p>
      <WorkspaceTools reportId={reportId} total={outline.progress.total} onGoTo={goToNumber} onShowLine={showLine} />
      <ReviewKeyboard onMove={move} current={current} buildForm={buildNow} />
      {rows.length === 0 ? (
        <p className="meta">No sentence matches this filter.</p>
      ) : (
        <ol ref={listRef} className="sentences" aria-label="Sentences" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const style = { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` } as const;
            if (row.type === 'furniture') {
              return (
                <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={style}>
                  <FoldedFurniture kinds={outline.kinds} from={row.from} to={row.to} onOpen={() => setOpenRuns((runs) => new Set(runs).add(row.from))} />
                </li>
              );
            }
            const sentence = loaded.sentences.get(row.index);
            if (!isForReview(row.index)) {
              return (
                <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={style} aria-label={`Line ${row.index + 1}, not for review`}>
                  <FurnitureLine index={row.index} letter={outline.kinds[row.index]} sentence={sentence} kindLockReason={kindLockReason} />
                </li>
              );
            }
            const number = numbers[row.index] ?? 0;
            const claims = sentence?.claims ?? [];
            // The form stays on the sentence it was built for until the new one is built, so the move itself costs nothing.
            const hasForm = row.index === built && sentence !== undefined;
            return (
              <SentenceRow
                key={item.key}
                position={item.index}
                top={item.start - virtualizer.options.scrollMargin}
                measure={virtualizer.measureElement}
                index={row.index}
                number={number}
                sentence={sentence}
                isActive={row.index === active}
                form={hasForm ? { loaded, openClaimId: claimToOpen?.index === row.index ? claimToOpen.claimId : null } : null}
                label={claims.map((claim) => loaded.verdicts[claim.id]?.label).find(Boolean)}
                finalLabel={claims.map((claim) => loaded.finals[claim.id]?.label).find(Boolean)}
                isReviewed={reviewed.has(row.index)}
                // Until its sentence is read, the outline says whether it holds a disagreement; once read, a settled one shows its final verdict instead.
                hasConflict={sentence ? claims.some((claim) => isUnsettledConflict(loaded, claim.id)) : conflicted.has(row.index)}
                openHref={`/reports/${reportId}?${filterQuery}sentence=${number}${sentenceHash(number)}`}
                locked={locked}
                kindLockReason={kindLockReason}
                claimLockReason={claimLockReason}
                showHistory={showHistory}
                onActivate={openRow}
                onSaved={onSaved}
                onClaimsChanged={reload}
              />
            );
          })}
        </ol>
      )}
    </>
  );
}
