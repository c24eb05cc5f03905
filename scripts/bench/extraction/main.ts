// npm run bench:extraction [-- --jsdom] - scores the import of HTML pages on the Zyte
// article-extraction benchmark (read from FACTCHECK_SHARED_DIR, default ../shared): the text
// kept for review (the `body` sentences of extractArticle + segmentReport) next to Readability
// alone and the old html-to-text path, with the benchmark's shingle metric, on all pages and on
// each half of them (rules were looked at on the first half only; the second is held out).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/lib/import/extract-article';
import { reportTextFromHtml } from './html-to-text-baseline';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { isHeldOut, readBenchmarkPages, type BenchmarkPage } from '../../../tooling/article-extraction-benchmark';
import { pagePrecision, pageRecall, scorePage, summarizeScores, type PageScore } from '../../../tooling/shingle-score';
import { median, percentile, round } from '../statistics';

type Extractor = { name: string; key: string; extract: (html: string, url: string | null) => string };

const reviewText = (body: string, title: string | null) =>
  segmentReport(body, { title })
    .filter((sentence) => sentence.kind === 'body')
    .map((sentence) => sentence.text)
    .join('\n');

const readabilityOnLinkedom = (html: string) => new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '';

async function readabilityOnJsdom(): Promise<Extractor['extract']> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const quiet = new VirtualConsole();
  return (html, url) => {
    try {
      return new Readability(new JSDOM(html, { url: url ?? undefined, virtualConsole: quiet }).window.document).parse()?.textContent ?? '';
    } catch {
      // jsdom's CSS parser throws on some pages' inline styles: an empty result, counted as such.
      return '';
    }
  };
}

const extractors: Extractor[] = [
  { name: 'html-to-text + segmentReport body (old import)', key: 'oldImport', extract: (html) => reviewText(reportTextFromHtml(html), null) },
  { name: 'Readability.js alone (linkedom)', key: 'readability', extract: readabilityOnLinkedom },
  ...(process.argv.includes('--jsdom') ? [{ name: 'Readability.js alone (jsdom)', key: 'readabilityJsdom', extract: await readabilityOnJsdom() }] : []),
  {
    name: 'extractArticle, all its text',
    key: 'extractedText',
    extract: (html, url) => extractArticle(html, { url }).text,
  },
  {
    name: 'extractArticle + segmentReport body (import)',
    key: 'import',
    extract: (html, url) => {
      const { text, metadata } = extractArticle(html, { url });
      return reviewText(text, metadata.title);
    },
  },
];

type PageResult = { page: BenchmarkPage; score: PageScore; milliseconds: number; isEmpty: boolean };

const pages = readBenchmarkPages();
const htmlOf = new Map(pages.map((page) => [page.id, page.html()]));

function run(extractor: Extractor): PageResult[] {
  return pages.map((page) => {
    const html = htmlOf.get(page.id) ?? '';
    const started = performance.now();
    const text = extractor.extract(html, page.url);
    const milliseconds = performance.now() - started;
    return { page, score: scorePage(text, page.articleBody), milliseconds, isEmpty: text.trim().length === 0 };
  });
}

const format = (summary: { precision: number; recall: number; f1: number }) =>
  `P ${summary.precision.toFixed(3)}  R ${summary.recall.toFixed(3)}  F1 ${summary.f1.toFixed(3)}`;
const pageF1 = (score: PageScore) => {
  const precision = score.hasPrediction ? pagePrecision(score) : 0;
  const recall = pageRecall(score);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
};

console.log(`${pages.length} pages (${pages.filter((page) => !isHeldOut(page)).length} looked at, ${pages.filter(isHeldOut).length} held out); metric: 4-token shingles, as the benchmark's README describes`);
const json: Record<string, unknown> = { pages: pages.length };
let importResults: PageResult[] = [];
for (const extractor of extractors) {
  const results = run(extractor);
  const all = summarizeScores(results.map((result) => result.score));
  const lookedAt = summarizeScores(results.filter((result) => !isHeldOut(result.page)).map((result) => result.score));
  const heldOut = summarizeScores(results.filter((result) => isHeldOut(result.page)).map((result) => result.score));
  const times = results.map((result) => result.milliseconds);
  const empty = results.filter((result) => result.isEmpty).length;
  console.log(`\n${extractor.name}`);
  console.log(`  all pages  ${format(all)}`);
  console.log(`  looked at  ${format(lookedAt)}`);
  console.log(`  held out   ${format(heldOut)}`);
  console.log(`  empty results: ${empty}; time per page: median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, mean ${(times.reduce((sum, time) => sum + time, 0) / times.length).toFixed(1)} ms`);
  json[extractor.key] = {
    precision: round(all.precision, 4),
    recall: round(all.recall, 4),
    f1: round(all.f1, 4),
    heldOutF1: round(heldOut.f1, 4),
    heldOutPrecision: round(heldOut.precision, 4),
    empty,
    medianMs: round(median(times), 1),
  };
  if (extractor.key === 'import') importResults = results;
}

console.log('\nThe 10 worst pages for the import (per-page F1):');
for (const result of [...importResults].sort((a, b) => pageF1(a.score) - pageF1(b.score)).slice(0, 10)) {
  const half = isHeldOut(result.page) ? 'held out' : 'looked at';
  console.log(`  F1 ${pageF1(result.score).toFixed(3)}  P ${(result.score.hasPrediction ? pagePrecision(result.score) : 0).toFixed(3)}  R ${pageRecall(result.score).toFixed(3)}  ${result.page.id.slice(0, 8)} (${half})  ${result.page.url}`);
}
const emptyPages = importResults.filter((result) => result.isEmpty);
console.log(`\nPages with an empty result for the import: ${emptyPages.length === 0 ? 'none' : emptyPages.map((result) => result.page.id.slice(0, 8)).join(', ')}`);
console.log(JSON.stringify(json));
