// --round: the review round's actions (issue 22) on each shipped report, timed in the browser from
// the click to the page showing the outcome with nothing busy. Per report, the editor and the
// reviewer each get one page; one round first unmeasured (the server's first render of each
// route, the browser's first load of the page's scripts), then `runs` measured rounds.
import type { Browser, Page } from 'playwright-core';
import type { StorageState } from './browser-session';
import type { BenchReport } from './review-data';
import { outcomeShownAt, roundProbeScript } from './round-probe';
import { type RoundPages, type RoundStep, roundSteps } from './round-steps';
import { median, round } from '../statistics';

export type RoundSummary = { report: string; runs: number; medians: Record<string, number> };

async function openPage(browser: Browser, storageState: StorageState, url: string, timeoutMs: number): Promise<Page> {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(roundProbeScript());
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  await page.goto(url, { timeout: timeoutMs });
  return page;
}

/** ms from the click (its event timestamp) to the frame in which the outcome is shown. */
async function timeStep(step: RoundStep, pages: RoundPages, timeoutMs: number): Promise<number> {
  await step.prepare?.(pages, timeoutMs);
  const page = step.page(pages);
  const since = await page.evaluate(() => performance.now());
  await step.click(pages).click({ timeout: timeoutMs });
  const shown = await page.waitForFunction(outcomeShownAt, step.outcome(pages), { polling: 'raf', timeout: timeoutMs });
  const shownAt = (await shown.jsonValue()) as number;
  const clickedAt = await page.evaluate(() => window.roundBenchLastClick ?? null);
  if (clickedAt === null || clickedAt < since) throw new Error(`${step.action}: the click was not seen by the page`);
  return shownAt - clickedAt;
}

export async function measureRound({ browser, editorState, reviewerState, reviewerName, baseUrl, report, runs, timeoutMs }: {
  browser: Browser;
  editorState: StorageState;
  reviewerState: StorageState;
  reviewerName: string;
  baseUrl: string;
  report: BenchReport;
  runs: number;
  timeoutMs: number;
}): Promise<RoundSummary> {
  const url = `${baseUrl}/reports/${report.id}`;
  const editor = await openPage(browser, editorState, url, timeoutMs);
  const reviewer = await openPage(browser, reviewerState, url, timeoutMs);
  const pages = { editor, reviewer, url, reviewerName };
  const times = new Map<string, number[]>(roundSteps.map((step) => [step.action, []]));
  try {
    for (let run = 0; run <= runs; run += 1) {
      const line: string[] = [];
      for (const step of roundSteps) {
        const ms = await timeStep(step, pages, timeoutMs);
        line.push(`${step.action} ${ms.toFixed(0)}`);
        if (run > 0) times.get(step.action)?.push(ms);
      }
      console.log(`  ${run === 0 ? 'unmeasured round' : `run ${run}`}: ${line.join(', ')} ms`);
    }
  } finally {
    await editor.context().close();
    await reviewer.context().close();
  }
  return { report: report.label, runs, medians: Object.fromEntries([...times].map(([action, values]) => [action, round(median(values))])) };
}

export function roundTable(summaries: RoundSummary[], targetMs: number): string {
  const actions = roundSteps.map((step) => step.action);
  const all = (action: string) => round(median(summaries.map((summary) => summary.medians[action] ?? Number.NaN)));
  return [
    `| Action | ${summaries.map((summary) => summary.report).join(' | ')} | Median of the reports | Target < ${targetMs} ms |`,
    `| --- | ${summaries.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...actions.map((action) => `| ${action} | ${summaries.map((summary) => (summary.medians[action] ?? Number.NaN).toFixed(0)).join(' | ')} | ${all(action).toFixed(0)} | ${summaries.every((summary) => (summary.medians[action] ?? Infinity) < targetMs) ? 'met' : 'MISSED'} |`),
  ].join('\n');
}
