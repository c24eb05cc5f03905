// Where a V8 CPU profile (node --cpu-prof) spent its time, by the code that ran: each sample's
// function, grouped by the package or part of the runtime its file belongs to. Self time only:
// a group's share is the time spent in its own functions, not in what they call.
import { readFileSync } from 'node:fs';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type ProfileShare = { part: string; ms: number; share: number };

// First match wins, so the more specific paths come first.
const parts: [string, (url: string, name: string) => boolean][] = [
  ['idle (waiting for I/O)', (_url, name) => name === '(idle)'],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  ['Prisma query compiler (WebAssembly)', (url) => url.startsWith('wasm://')],
  ['Prisma client runtime', (url) => /@prisma\/client|lib\/generated\/prisma/.test(url)],
  ['Prisma pg adapter', (url) => url.includes('@prisma/adapter-pg') || url.includes('@prisma/driver-adapter-utils')],
  ['node-postgres', (url) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(url)],
  ['Next.js runtime', (url) => url.includes('node_modules/next/')],
  ['React (rendering)', (url) => /node_modules\/(react|react-dom|react-server-dom-[a-z]+)\//.test(url)],
  ['zod (validation)', (url) => url.includes('node_modules/zod/')],
  ['the app (bundled by Next)', (url) => url.includes('/.next/server/')],
  ['other packages', (url) => url.includes('node_modules/')],
  ['Node internals (HTTP, streams, timers)', (url) => url.startsWith('node:')],
  ['native code and the VM', (url, name) => url === '' && (name === '(program)' || name === '' || !name.startsWith('('))],
];

function partOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  return parts.find(([, matches]) => matches(url, functionName))?.[0] ?? 'other';
}

/**
 * Self time by part, busiest first, of the samples taken within `window` (microseconds of the
 * monotonic clock, which V8's timestamps and `process.hrtime` share on Linux); idle time is left
 * out of the shares.
 */
export function summarizeCpuProfile(file: string, window: { fromUs: number; toUs: number }): { busyMs: number; parts: ProfileShare[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const msByPart = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || at < window.fromUs || at > window.toUs) return;
    const part = partOf(node);
    msByPart.set(part, (msByPart.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  msByPart.delete('idle (waiting for I/O)');
  const busyMs = [...msByPart.values()].reduce((total, ms) => total + ms, 0);
  const shares = [...msByPart].map(([part, ms]) => ({ part, ms, share: busyMs > 0 ? ms / busyMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { busyMs, parts: shares };
}
