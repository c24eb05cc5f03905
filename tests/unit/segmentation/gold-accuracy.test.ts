import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { goldSlugs, readGoldReport, scoreSegmentation, summarizeScores } from '../../../tooling/segmentation-gold';

const reports = goldSlugs.map(readGoldReport);

test.each(reports)('segments $slug exactly as the hand-checked gold', (report) => {
  const sentences = segmentReport(report.body, { title: report.title });
  expect(sentences.map(({ kind, text }) => ({ kind, text }))).toEqual(report.sentences.map(({ kind, text }) => ({ kind, text })));
});

test('sentence boundary F1 is at least 0.98 and kind accuracy at least 0.95 over the three reports', () => {
  const scores = reports.map((report) => scoreSegmentation(segmentReport(report.body, { title: report.title }), report.sentences));
  const summary = summarizeScores(scores);
  console.log(
    `segmentation over ${reports.length} reports: boundary precision ${summary.precision.toFixed(4)}, recall ${summary.recall.toFixed(4)}, ` +
      `F1 ${summary.f1.toFixed(4)}; kind accuracy ${summary.kindAccuracy.toFixed(4)}`,
  );
  expect(summary.f1).toBeGreaterThanOrEqual(0.98);
  expect(summary.kindAccuracy).toBeGreaterThanOrEqual(0.95);
});
