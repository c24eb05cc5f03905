// The headline figures of the earlier benchmark scripts, read from their final JSON lines, with
// the targets those scripts check themselves.
import type { EarlierBenchmark } from './earlier-benchmarks';
import { atMost, informational, type TargetRow } from './target-row';

function valueAt(source: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), source);
}

const numberAt = (source: unknown, ...path: (string | number)[]) => {
  const value = valueAt(source, ...path);
  return typeof value === 'number' ? value : Number.NaN;
};

function suggestionRows({ result }: EarlierBenchmark): TargetRow[] {
  return [informational(`Evidence suggestions over ${numberAt(result, 'sentences').toLocaleString('en')} sentences, p50 / p95`, `${numberAt(result, 'suggestionsP50Ms')} / ${numberAt(result, 'suggestionsP95Ms')} ms`)];
}

function auditRows({ result }: EarlierBenchmark): TargetRow[] {
  const targets = { ratio: numberAt(result, 'targets', 'ratio'), p95Ms: numberAt(result, 'targets', 'p95Ms') };
  const timings = (valueAt(result, 'timings') ?? {}) as Record<string, Record<string, { p95: number }>>;
  const largest = Math.max(...Object.keys(timings).map(Number));
  const pages = Object.values(timings[largest] ?? {});
  const worstP95 = Math.max(...pages.map((page) => page.p95));
  const worstRatio = Math.max(...Object.values((valueAt(result, 'ratios') ?? {}) as Record<string, number>));
  const plansOk = valueAt(result, 'plansOk') === true;
  return [
    atMost(`Audit history pages at ${largest.toLocaleString('en')} events, worst p95`, worstP95, targets.p95Ms, ' ms'),
    atMost('Audit history pages, worst p50 growth from the smallest size', worstRatio, targets.ratio, '×', { strict: false }),
    { figure: 'Audit history plans (no full scan, big sort or OFFSET)', value: plansOk ? 'ok' : 'problem', target: 'ok', met: plansOk, gap: plansOk ? null : 'see bench:audit output' },
  ];
}

function exportRows({ result }: EarlierBenchmark): TargetRow[] {
  const sizes = (valueAt(result, 'results') ?? []) as unknown[];
  const largest = sizes.at(-1);
  const verdicts = numberAt(largest, 'verdicts');
  const csvSeconds = numberAt(largest, 'csv', 'seconds');
  const copySeconds = numberAt(largest, 'copySeconds');
  const rows = [informational(`CSV export of ${verdicts.toLocaleString('en')} verdicts (vs Postgres COPY)`, `${csvSeconds} s (${(csvSeconds / copySeconds).toFixed(1)}× COPY)`)];
  const memoryRatio = numberAt(result, 'memoryRatio');
  const smallest = numberAt(sizes[0], 'verdicts');
  if (sizes.length > 1) rows.push(atMost(`Export peak memory, ${verdicts.toLocaleString('en')} / ${smallest.toLocaleString('en')} verdicts`, memoryRatio, 1.2, '×', { strict: false }));
  return rows;
}

const rowsOf: Record<string, (benchmark: EarlierBenchmark) => TargetRow[]> = {
  'bench:suggestions': suggestionRows,
  'bench:audit': auditRows,
  'bench:export': exportRows,
};

export function earlierBenchmarkRows(benchmarks: EarlierBenchmark[]): TargetRow[] {
  return benchmarks.flatMap((benchmark) => {
    if ('failed' in benchmark.result) return [{ figure: `npm run ${benchmark.script}`, value: 'failed', target: 'runs', met: false, gap: String(benchmark.result.failed) }];
    return rowsOf[benchmark.script]?.(benchmark) ?? [];
  });
}
