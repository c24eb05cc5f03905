// The steps of a run that talk to the page: each waits in the page (polling every frame) and
// reads the times the probe recorded there, so Playwright's own round trips are not timed.
import type { CDPSession, Page } from 'playwright-core';
import { type FocusMove, sentenceSelector } from './page-probe';
import { withTimeout } from './with-timeout';

/** Focuses the first sentence unless focus is in one already; the page time once it is. */
export async function focusFirstSentence(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (selector) => {
      const first = document.querySelector<HTMLElement>(selector);
      if (!first) return false;
      if (!document.activeElement?.closest(selector)) first.focus();
      return document.activeElement?.closest(selector) ? performance.now() : false;
    },
    sentenceSelector,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** Presses `key` and waits until focus has moved to another sentence and painted. */
export async function pressAndWaitForMove(page: Page, key: string, timeoutMs: number): Promise<FocusMove> {
  const since = await page.evaluate(() => performance.now());
  await withTimeout(`Pressing ${key}`, timeoutMs, page.keyboard.press(key));
  const handle = await page.waitForFunction(
    (after) => window.reviewBenchProbe?.moves.find((move) => move.keydownTime !== null && move.keydownTime >= after) ?? false,
    since,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as FocusMove;
}

export function isLastSentenceFocused(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const all = document.querySelectorAll(selector);
    return document.activeElement?.closest(selector) === all[all.length - 1];
  }, sentenceSelector);
}

/** The document's Navigation Timing, once it has been downloaded to the last byte. */
export async function documentTiming(page: Page, timeoutMs: number) {
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseEnd, undefined, { timeout: timeoutMs });
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      serverMs: entry.responseStart - entry.requestStart,
      downloadMs: entry.responseEnd - entry.requestStart,
      htmlKb: entry.decodedBodySize / 1024,
      transferKb: entry.transferSize / 1024,
    };
  });
}

/** JSHeapUsedSize in MB after a full garbage collection, so garbage not yet collected does not count. */
export async function usedHeapMb(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
  return used.value / 2 ** 20;
}

/** Labels the focused sentence Single-source with a note and saves it; ms from the keydown to "Saved" painted. */
export async function labelAndSave(page: Page, note: string, timeoutMs: number): Promise<number> {
  await withTimeout('Labelling', timeoutMs, (async () => {
    await page.keyboard.press('2');
    await page.keyboard.press('n');
    await page.keyboard.type(note);
  })());
  await page.evaluate(() => window.reviewBenchProbe?.watchSave());
  await withTimeout('Pressing Control+Enter', timeoutMs, page.keyboard.press('Control+Enter'));
  const handle = await page.waitForFunction(() => window.reviewBenchProbe?.save ?? false, undefined, { timeout: timeoutMs });
  const save = (await handle.jsonValue()) as { keydownTime: number | null; paintedTime: number };
  if (save.keydownTime === null) throw new Error('The save was painted without a keydown');
  return save.paintedTime - save.keydownTime;
}
