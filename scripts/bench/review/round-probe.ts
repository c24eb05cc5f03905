// What the round benchmark watches in the report page, installed before the page's own scripts run:
// the time of the last click (its event timeStamp, when Chromium received it), and a check, polled
// on every animation frame, of whether the page shows an action's outcome. A requestAnimationFrame
// callback runs just before its frame is painted, so the time it returns is within a frame of the
// outcome being on screen.

/** What the page shows once an action is done: buttons and texts inside `scope`, and no button in it busy. */
export type Outcome = { scope: string; buttons?: string[]; absentButtons?: string[]; texts?: string[]; idleExcept?: string[] };

declare global {
  interface Window {
    roundBenchLastClick?: number;
  }
}

function installRoundProbe(): void {
  window.addEventListener('click', (event) => (window.roundBenchLastClick = event.timeStamp), true);
}

/** Runs in the page (serialized by Playwright): the page time when `outcome` holds, else false. */
export function outcomeShownAt(outcome: Outcome): number | false {
  const scope = document.querySelector(outcome.scope);
  if (!scope) return false;
  const buttons = [...scope.querySelectorAll('button')];
  const named = (name: string) => buttons.find((button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name);
  const idle = buttons.every((button) => !button.disabled || (outcome.idleExcept ?? []).includes(button.textContent?.trim() ?? ''));
  const shown =
    idle &&
    (outcome.buttons ?? []).every((name) => named(name)) &&
    (outcome.absentButtons ?? []).every((name) => !named(name)) &&
    (outcome.texts ?? []).every((text) => scope.textContent?.includes(text));
  return shown ? performance.now() : false;
}

/** See pageProbeScript: tsx's keepNames needs a stand-in `__name` in the page. */
export function roundProbeScript(): { content: string } {
  return { content: `globalThis.__name ??= (target) => target;\n(${installRoundProbe.toString()})();` };
}
