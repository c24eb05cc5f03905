// --profile DIR: a CPU profile of the page while `j` is pressed, one file per report and run, to
// open in Chromium's DevTools (Performance, "Load profile") or read with any .cpuprofile viewer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';

export type ProfileTarget = { directory: string; name: string };

/** Starts sampling (every 100 µs) when asked to; the returned function stops it and writes the profile. */
export async function profileWhile(session: CDPSession, target: ProfileTarget | null): Promise<() => Promise<void>> {
  if (!target) return async () => {};
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    mkdirSync(target.directory, { recursive: true });
    writeFileSync(join(target.directory, `${target.name}.cpuprofile`), JSON.stringify(profile));
  };
}
