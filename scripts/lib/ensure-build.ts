import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const buildMarker = '.next/BUILD_ID';
const sources = ['app', 'components', 'lib', 'public', 'next.config.js', 'package.json', 'tsconfig.json', 'proxy.ts'];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

/** Builds the app when there is no production build, or when a source changed since the last one. */
export function ensureBuild(): void {
  if (existsSync(buildMarker)) {
    const builtAt = statSync(buildMarker).mtimeMs;
    if (sources.every((source) => newestModification(source) <= builtAt)) return;
    console.log('Sources changed since the last build: rebuilding.');
  } else {
    console.log('No production build yet: building (about a minute on 2 cores).');
  }
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed');
}
