// One timed export, run by scripts/bench/export/main.ts in a process of its own so that its peak
// memory is the export's: reads the whole stream as fast as it comes and prints a JSON line.
import { cliActor } from '@/lib/actor';
import { exportVerdicts } from '@/lib/export/export-verdicts';

async function main() {
  const [format = 'csv', scope = 'all'] = process.argv.slice(2);
  const { db } = await import('@/lib/db');
  await db.report.count();
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const exported = await exportVerdicts({ actor: cliActor, input: { format, scope }, origin: 'http://bench.local', requestUrl: 'http://bench.local/api/v1/export' });
  const reader = exported.body.getReader();
  let bytes = 0;
  let lines = 0;
  let firstByteMs: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByteMs ??= performance.now() - started;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ format, scope, bytes, lines, seconds, firstByteMs, baselineRssMb, peakRssMb }));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
