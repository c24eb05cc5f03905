import { expect, test } from 'vitest';
import { extractArticle } from '@/lib/import/extract-article';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { readBenchmarkPages } from '../../../tooling/article-extraction-benchmark';
import { scorePage, summarizeScores } from '../../../tooling/shingle-score';

// A few pages of the Zyte benchmark (read from FACTCHECK_SHARED_DIR), as a check that the import
// path and the metric meet; `npm run bench:extraction` scores all 181.
test('the text kept for review from a few benchmark pages matches their true article bodies', () => {
  const pages = readBenchmarkPages().slice(0, 8);
  const scores = pages.map((page) => {
    const { text, metadata } = extractArticle(page.html(), { url: page.url });
    const review = segmentReport(text, { title: metadata.title }).filter((sentence) => sentence.kind === 'body');
    expect(review.length, page.id).toBeGreaterThan(0);
    return scorePage(review.map((sentence) => sentence.text).join('\n'), page.articleBody);
  });
  const summary = summarizeScores(scores);
  expect(summary.precision).toBeGreaterThan(0.9);
  expect(summary.recall).toBeGreaterThan(0.9);
});
