// One run on one report: a fresh signed-in context, the navigation, then each figure in turn. A
// step that fails or times out ends the run with the figures so far and the reason.
import type { Browser, Page } from 'playwright-core';
import type { StorageState } from './browser-session';
import { documentTiming, focusFirstSentence, isLastSentenceFocused, labelAndSave, pressAndWaitForMove, usedHeapMb } from './page-actions';
import { profileWhile, type ProfileTarget } from './j-profile';
import { pageProbeScript, sentenceSelector } from './page-probe';
import { withTimeout } from './with-timeout';

export const jPresses = 30;

export type RunFigures = {
  htmlKb: number | null;
  transferKb: number | null;
  serverMs: number | null;
  downloadMs: number | null;
  focusedMs: number | null;
  usableMs: number | null;
  jLatenciesMs: number[];
  saveMs: number | null;
  heapAfterLoadMb: number | null;
  heapAfterJMb: number | null;
  failure: string | null;
};

const emptyFigures = (): RunFigures => ({
  htmlKb: null, transferKb: null, serverMs: null, downloadMs: null, focusedMs: null, usableMs: null,
  jLatenciesMs: [], saveMs: null, heapAfterLoadMb: null, heapAfterJMb: null, failure: null,
});

/** Until focus is in the first sentence and one `j` moves it to the next: the page time of that move's paint. */
async function waitUntilUsable(page: Page, figures: RunFigures, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    figures.focusedMs = await focusFirstSentence(page, left());
    // Before hydration nothing answers `j`: press again until something does.
    for (;;) {
      try {
        figures.usableMs = (await pressAndWaitForMove(page, 'j', Math.min(250, left()))).paintedTime;
        return;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await focusFirstSentence(page, left());
      }
    }
  } catch (error) {
    const focused = figures.focusedMs === null ? 'no sentence focused' : `a sentence focused at ${(figures.focusedMs / 1000).toFixed(1)} s`;
    throw new Error(`Not usable within ${timeoutMs / 1000} s (${focused})`, { cause: error });
  }
}

async function measureSteps(page: Page, figures: RunFigures, run: number, timeoutMs: number, profile: ProfileTarget | null): Promise<void> {
  await waitUntilUsable(page, figures, timeoutMs);
  Object.assign(figures, await documentTiming(page, timeoutMs));
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  figures.heapAfterLoadMb = await withTimeout('Reading the heap', timeoutMs, usedHeapMb(session));
  const stopProfiling = await profileWhile(session, profile);
  for (let press = 0; press < jPresses; press += 1) {
    // Short reports run out of sentences: start again from the first (untimed).
    if (await isLastSentenceFocused(page)) await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), sentenceSelector);
    const move = await pressAndWaitForMove(page, 'j', timeoutMs);
    if (move.keydownTime !== null) figures.jLatenciesMs.push(move.paintedTime - move.keydownTime);
  }
  await stopProfiling();
  figures.heapAfterJMb = await withTimeout('Reading the heap', timeoutMs, usedHeapMb(session));
  figures.saveMs = await labelAndSave(page, `Checked against the wire copy (run ${run}).`, timeoutMs);
}

export async function measureRun({ browser, storageState, url, run, timeoutMs, profile }: {
  browser: Browser;
  storageState: StorageState;
  url: string;
  run: number;
  timeoutMs: number;
  profile: ProfileTarget | null;
}): Promise<RunFigures> {
  const figures = emptyFigures();
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(pageProbeScript());
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await measureSteps(page, figures, run, timeoutMs, profile);
  } catch (error) {
    figures.failure = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
    if (figures.htmlKb === null) Object.assign(figures, await documentTiming(page, 10_000).catch(() => ({})));
  } finally {
    await withTimeout('Closing the page', 30_000, context.close()).catch(() => undefined);
  }
  return figures;
}
