// What the benchmark watches inside the review page, installed before the page's own scripts run
// (context.addInitScript). It records every move of focus from one `[data-review-sentence]` row to
// another, with the time of the keydown before it and the time the next frame has painted: a
// requestAnimationFrame callback runs just before the frame is rendered, and a message posted from
// it is handled just after, so its time is when the moved focus (and any scrolling) is on screen.
// Times are performance.now() of the page, 0 at navigation start; a keydown's time is its event
// timeStamp, when the browser received it, so time the event waits behind a busy page counts too.

export type FocusMove = { index: string; keydownTime: number | null; focusTime: number; paintedTime: number };
export type PageProbe = {
  moves: FocusMove[];
  lastKeydownTime: number | null;
  /** Set once a "Saved" status is painted in the sentence that watchSave was called in. */
  save: { keydownTime: number | null; paintedTime: number } | null;
  watchSave: () => void;
};

declare global {
  interface Window {
    reviewBenchProbe?: PageProbe;
  }
}

export const sentenceSelector = '[data-review-sentence]';

/** Runs in the page: serialized by Playwright, so it may use only its argument and the page's globals. */
function installPageProbe(selector: string): void {
  const afterNextPaint = (then: (paintedTime: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const focusedSentence = () => document.activeElement?.closest(selector) ?? null;
  let current: Element | null = null;
  const probe: PageProbe = {
    moves: [],
    lastKeydownTime: null,
    save: null,
    watchSave: () => {
      const sentence = focusedSentence();
      if (!sentence) throw new Error('No sentence is focused');
      const isSaved = () => [...sentence.querySelectorAll('[role="status"]')].some((status) => status.textContent?.includes('Saved') && status.checkVisibility());
      const observer = new MutationObserver(() => {
        if (!isSaved()) return;
        observer.disconnect();
        const keydownTime = probe.lastKeydownTime;
        afterNextPaint((paintedTime) => (probe.save = { keydownTime, paintedTime }));
      });
      observer.observe(sentence, { subtree: true, childList: true, characterData: true, attributes: true });
    },
  };
  window.reviewBenchProbe = probe;
  window.addEventListener('keydown', (event) => (probe.lastKeydownTime = event.timeStamp), true);
  document.addEventListener(
    'focusin',
    () => {
      const sentence = focusedSentence();
      if (!sentence || sentence === current) return;
      current = sentence;
      const move = { index: sentence.getAttribute('data-sentence-index') ?? sentence.getAttribute('aria-label') ?? '?', keydownTime: probe.lastKeydownTime, focusTime: performance.now() };
      afterNextPaint((paintedTime) => probe.moves.push({ ...move, paintedTime }));
    },
    true,
  );
}

/**
 * The probe as an init script. tsx compiles with esbuild's keepNames, which wraps named functions
 * in calls to its `__name` helper, so the page gets a stand-in for it, or the serialized function
 * would throw a ReferenceError there.
 */
export function pageProbeScript(): { content: string } {
  return { content: `globalThis.__name ??= (target) => target;\n(${installPageProbe.toString()})(${JSON.stringify(sentenceSelector)});` };
}
