// Medians over the runs of one report, and the table of them.
import { median, percentile, round } from '../statistics';
import type { RunFigures } from './measure-run';
import type { BenchReport } from './review-data';

export type ReportSummary = Omit<RunFigures, 'jLatenciesMs' | 'failure'> & {
  report: string;
  bodySentences: number;
  runs: number;
  failedRuns: number;
  failures: string[];
  jMedianMs: number | null;
  jP95Ms: number | null;
};

function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : round(median(known));
}

export function summarize(report: BenchReport, runs: RunFigures[]): ReportSummary {
  const of = (figure: (run: RunFigures) => number | null) => medianOf(runs.map(figure));
  const jRuns = runs.filter((run) => run.jLatenciesMs.length > 0);
  const failures = runs.flatMap((run) => (run.failure ? [run.failure] : []));
  return {
    report: report.label,
    bodySentences: report.bodySentences,
    runs: runs.length,
    failedRuns: failures.length,
    failures: [...new Set(failures)],
    htmlKb: of((run) => run.htmlKb),
    transferKb: of((run) => run.transferKb),
    serverMs: of((run) => run.serverMs),
    downloadMs: of((run) => run.downloadMs),
    focusedMs: of((run) => run.focusedMs),
    usableMs: of((run) => run.usableMs),
    jMedianMs: medianOf(jRuns.map((run) => median(run.jLatenciesMs))),
    jP95Ms: medianOf(jRuns.map((run) => percentile(run.jLatenciesMs, 0.95))),
    saveMs: of((run) => run.saveMs),
    heapAfterLoadMb: of((run) => run.heapAfterLoadMb),
    heapAfterJMb: of((run) => run.heapAfterJMb),
  };
}

const shown = (value: number | null, digits = 0) => (value === null ? 'failed' : value.toFixed(digits));

export function summaryTable(summaries: ReportSummary[]): string {
  const rows = summaries.map((summary) =>
    [
      summary.report,
      summary.bodySentences.toLocaleString('en'),
      shown(summary.htmlKb),
      shown(summary.serverMs),
      shown(summary.usableMs),
      `${shown(summary.jMedianMs, 1)} / ${shown(summary.jP95Ms, 1)}`,
      shown(summary.saveMs),
      `${shown(summary.heapAfterLoadMb, 1)} / ${shown(summary.heapAfterJMb, 1)}`,
      `${summary.runs - summary.failedRuns} of ${summary.runs}`,
    ].join(' | '),
  );
  return [
    '| Report | Body sentences | HTML KB | Server ms | Usable ms | j median / p95 ms | Save ms | Heap MB (load / after j) | Runs finished |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
