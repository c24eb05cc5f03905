// Issue 19's targets for the largest generated report, and its growth from the smallest.
import { round } from '../statistics';
import type { ReportSummary } from './report-summary';

type Figure = 'htmlKb' | 'serverMs' | 'usableMs' | 'jMedianMs' | 'jP95Ms' | 'saveMs' | 'heapAfterJMb';
export type TargetCheck = { figure: string; value: number | null; target: string; met: boolean };

const limits: { figure: Figure; name: string; below: number; unit: string }[] = [
  { figure: 'htmlKb', name: 'first HTML', below: 300, unit: 'KB' },
  { figure: 'serverMs', name: 'server time', below: 200, unit: 'ms' },
  { figure: 'usableMs', name: 'usable', below: 1_500, unit: 'ms' },
  { figure: 'jMedianMs', name: 'j median', below: 16, unit: 'ms' },
  { figure: 'jP95Ms', name: 'j p95', below: 50, unit: 'ms' },
  { figure: 'saveMs', name: 'save', below: 150, unit: 'ms' },
  { figure: 'heapAfterJMb', name: 'heap', below: 100, unit: 'MB' },
];
const maxGrowth = 1.5;

/** A failed figure (null) misses every target it is in. */
export function checkTargets(largest: ReportSummary, smallest: ReportSummary): TargetCheck[] {
  return limits.flatMap(({ figure, name, below, unit }) => {
    const value = largest[figure];
    const base = smallest[figure];
    const growth = value !== null && base !== null && base > 0 ? round(value / base, 2) : null;
    return [
      { figure: `${name} at ${largest.report}`, value, target: `< ${below} ${unit}`, met: value !== null && value < below },
      { figure: `${name}, ${largest.report} ÷ ${smallest.report}`, value: growth, target: `≤ ${maxGrowth}×`, met: growth !== null && growth <= maxGrowth },
    ];
  });
}

export function targetLines(checks: TargetCheck[]): string[] {
  return checks.map((check) => `${check.met ? 'Met' : 'MISSED'}: ${check.figure} = ${check.value ?? 'failed'} (target ${check.target})`);
}
