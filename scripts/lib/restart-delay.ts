// A worker that ran a while and died is replaced at once; one that keeps dying soon after it
// starts is replaced after a pause that doubles each time, so a crash loop does not spin.
const settledAfterMs = 10_000;
const firstPauseMs = 500;
const longestPauseMs = 30_000;

export type RestartDelay = { afterExit: (ranForMs: number) => number };

export function restartDelay(): RestartDelay {
  let quickExits = 0;
  return {
    afterExit(ranForMs) {
      if (ranForMs >= settledAfterMs) quickExits = 0;
      else quickExits += 1;
      return quickExits === 0 ? 0 : Math.min(longestPauseMs, firstPauseMs * 2 ** (quickExits - 1));
    },
  };
}
