// The earlier benchmark scripts, each run as a child process (own scratch database, as alone),
// one after another and after the load test, so none shares the 2 cores with another. Each
// prints a final JSON line; its headline figures are read from it. Export runs smaller than its
// default (its 1,000,000-verdict size alone takes minutes): `npm run bench:export` gives those.
import { spawn } from 'node:child_process';
import { round } from '../statistics';

export type EarlierBenchmark = {
  script: string;
  args: string[];
  seconds: number;
  /** The script's final JSON line. */
  result: Record<string, unknown>;
};

export const earlierBenchmarks = [
  { script: 'bench:suggestions', file: 'scripts/bench/suggestions/main.ts', args: [] },
  { script: 'bench:audit', file: 'scripts/bench/audit/main.ts', args: [] },
  { script: 'bench:export', file: 'scripts/bench/export/main.ts', args: ['--verdicts', '100000,200000', '--runs', '1'] },
];

function runScript(file: string, args: string[], label: string, serverUrl: string): Promise<{ lastLine: string; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', file, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: serverUrl },
    });
    let pending = '';
    let lastLine = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        lastLine = line;
        if (!line.startsWith('{')) console.log(`  [${label}] ${line}`);
      }
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ lastLine: pending || lastLine, exitCode }));
  });
}

/** Runs each script against the Postgres server at `serverUrl` (they make their own scratch databases there). */
export async function runEarlierBenchmarks(serverUrl: string): Promise<EarlierBenchmark[]> {
  const results: EarlierBenchmark[] = [];
  for (const { script, file, args } of earlierBenchmarks) {
    console.log(`\nRunning npm run ${script}${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`);
    const started = performance.now();
    const { lastLine, exitCode } = await runScript(file, args, script, serverUrl);
    const seconds = round((performance.now() - started) / 1000, 0);
    let result: Record<string, unknown>;
    try {
      result = JSON.parse(lastLine) as Record<string, unknown>;
    } catch {
      result = { failed: `exit code ${exitCode}, no JSON line` };
    }
    // bench:audit exits 1 when a plan is wrong; its figures still count, and the flag says so.
    results.push({ script, args, seconds, result: { ...result, exitCode } });
  }
  return results;
}
