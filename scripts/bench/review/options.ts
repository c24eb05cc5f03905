import { parseArgs } from 'node:util';

export type ReviewBenchOptions = { runs: number; sizes: number[]; timeoutMs: number; shipped: boolean; profileDirectory: string | null; round: boolean };

export function readOptions(): ReviewBenchOptions {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '100,1000,10000' },
      timeout: { type: 'string', default: '120' },
      'no-shipped': { type: 'boolean', default: false },
      // A folder to write a CPU profile of each run's `j` presses to (j-profile.ts).
      profile: { type: 'string' },
      // Only the review round's actions on the shipped reports (measure-round.ts), instead of the workspace.
      round: { type: 'boolean', default: false },
    },
  });
  const options = {
    runs: Number(values.runs),
    sizes: (values.sizes ?? '').split(',').map(Number),
    timeoutMs: Number(values.timeout) * 1000,
    shipped: !values['no-shipped'],
    profileDirectory: values.profile ?? null,
    round: values.round ?? false,
  };
  if (![options.runs, options.timeoutMs, ...options.sizes].every((count) => Number.isInteger(count) && count > 0)) {
    throw new Error('--runs, --timeout (seconds) and --sizes take whole numbers above 0 (--sizes a comma-separated list of them)');
  }
  return options;
}
