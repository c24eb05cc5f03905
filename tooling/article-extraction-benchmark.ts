// The Zyte article-extraction benchmark, read from the shared folder (never copied here), for
// `npm run bench:extraction` and the tests that score a few of its pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { thirdPartyDirectory } from './third-party-data';

export type BenchmarkPage = { id: string; url: string | null; articleBody: string; html: () => string };

function benchmarkDirectory(): string {
  return thirdPartyDirectory({
    folder: 'benchmarks/article-extraction',
    name: 'The Zyte article-extraction benchmark',
    repository: 'https://github.com/scrapinghub/article-extraction-benchmark',
  });
}

/** Every page of the benchmark with its true article body; the HTML is read when asked for. */
export function readBenchmarkPages(): BenchmarkPage[] {
  const directory = benchmarkDirectory();
  const truth = JSON.parse(readFileSync(path.join(directory, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, entry]) => ({
      id,
      url: entry.url ?? null,
      articleBody: entry.articleBody,
      html: () => gunzipSync(readFileSync(path.join(directory, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

// The ids are SHA-256 digests, so their first digit splits the pages into two unrelated halves:
// rules are looked at on the first and only scored on the second.
export const isHeldOut = (page: { id: string }) => Number.parseInt(page.id.charAt(0), 16) >= 8;
