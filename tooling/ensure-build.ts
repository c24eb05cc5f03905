import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const buildMarker = '.next/BUILD_ID';
// The hash of the sources the build in .next/ was made from, written after a successful build.
const sourceHashFile = '.next/factcheck-source-hash';
// Everything `next build` reads from the project. lib/ holds the generated Prisma client.
const sources = ['actions', 'app', 'components', 'lib', 'public', 'next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'proxy.ts'];

function sourceFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((child) => sourceFiles(path.join(entry, child)));
}

/**
 * A hash of the sources' paths and contents. File times would not do: `npm install` regenerates
 * the Prisma client with new times and the same content, and that must not cost a rebuild.
 */
export function hashSources(): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap(sourceFiles)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

// A build made before the hash was recorded is judged once by file times, then by its hash.
function isBuildCurrent(sourceHash: string): boolean {
  if (!existsSync(buildMarker)) return false;
  if (existsSync(sourceHashFile)) return readFileSync(sourceHashFile, 'utf8').trim() === sourceHash;
  const builtAt = statSync(buildMarker).mtimeMs;
  return sources.every((source) => newestModification(source) <= builtAt);
}

/** Whether ensureBuild would build, so that a caller can take a build lock only then. */
export function needsBuild(): boolean {
  return !isBuildCurrent(hashSources());
}

/** Builds the app when there is no production build, or when a source's content changed since the last one. */
export function ensureBuild(): void {
  const sourceHash = hashSources();
  if (isBuildCurrent(sourceHash)) {
    if (!existsSync(sourceHashFile)) writeFileSync(sourceHashFile, `${sourceHash}\n`);
    return;
  }
  console.log(existsSync(buildMarker) ? 'Sources changed since the last build: rebuilding.' : 'No production build yet: building (about a minute on 2 cores).');
  // The production build always goes to .next/, whatever a development shell has set.
  const environment = { ...process.env, FACTCHECK_NEXT_DIST_DIR: '' };
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: environment });
  if (result.status !== 0) throw new Error('next build failed');
  // The hash of the sources as they were when the build began: an edit made meanwhile rebuilds next time.
  writeFileSync(sourceHashFile, `${sourceHash}\n`);
}
