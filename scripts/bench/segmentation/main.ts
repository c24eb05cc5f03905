// npm run bench:segmentation - measures the segmenter against the hand-checked gold of the three
// reports, next to two building blocks used alone (Intl.Segmenter per line, and the
// sentence-splitter package), then times segmenting 1 MB of report text (median of 7 runs).
import { split as splitterSplit } from 'sentence-splitter';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { splitLines, trimSpan, type Span } from '@/lib/segmentation/text-span';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';
import { goldSlugs, readGoldReport, scoreSegmentation, summarizeScores } from '../../../tooling/segmentation-gold';
import { median as medianOf } from '../statistics';

type Segmenter = (body: string, title: string | null) => (Span & { kind: SentenceKind })[];

const intl = new Intl.Segmenter('en', { granularity: 'sentence' });

const segmenters: Record<string, Segmenter> = {
  'Intl.Segmenter per line (no rules)': (body) =>
    splitLines(body).flatMap((line) =>
      [...intl.segment(body.slice(line.start, line.end))].flatMap((segment) => {
        const span = trimSpan(body, { start: line.start + segment.index, end: line.start + segment.index + segment.segment.length });
        return span ? [{ ...span, kind: 'body' as const }] : [];
      }),
    ),
  'sentence-splitter package (no rules)': (body) =>
    splitterSplit(body).flatMap((node) => {
      if (node.type !== 'Sentence') return [];
      const span = trimSpan(body, { start: node.range[0], end: node.range[1] });
      return span ? [{ ...span, kind: 'body' as const }] : [];
    }),
  'segmentReport (this project)': (body, title) => segmentReport(body, { title }),
};

const reports = goldSlugs.map(readGoldReport);
const rows = Object.entries(segmenters).map(([name, segment]) => {
  const summary = summarizeScores(reports.map((report) => scoreSegmentation(segment(report.body, report.title), report.sentences)));
  return { name, ...summary };
});

console.log('Boundary precision / recall / F1 and kind accuracy against the hand-checked gold (67 sentences):');
for (const row of rows) {
  console.log(`  ${row.name.padEnd(40)} P ${row.precision.toFixed(3)}  R ${row.recall.toFixed(3)}  F1 ${row.f1.toFixed(3)}  kinds ${row.kindAccuracy.toFixed(3)}`);
}

const sample = reports.map((report) => report.body).join('\n\n');
const megabyte = sample.repeat(Math.ceil(1_000_000 / sample.length)).slice(0, 1_000_000);

function timeSegmenting(label: string, text: string): number {
  const timings: number[] = [];
  let sentenceCount = 0;
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    sentenceCount = segmentReport(text).length;
    timings.push(performance.now() - started);
  }
  const median = medianOf(timings);
  console.log(`${label} (${text.length.toLocaleString('en')} characters, ${sentenceCount} sentences): median ${median.toFixed(0)} ms over 7 runs (min ${Math.min(...timings).toFixed(0)}, max ${Math.max(...timings).toFixed(0)})`);
  return median;
}

const paragraphs = timeSegmenting('1 MB of report text', megabyte);
const oneLine = timeSegmenting('1 MB on a single line', megabyte.replace(/\s+/g, ' '));
console.log(JSON.stringify({ segmentationF1: rows.at(-1)?.f1, kindAccuracy: rows.at(-1)?.kindAccuracy, megabyteMedianMs: Math.round(paragraphs), megabyteOneLineMedianMs: Math.round(oneLine) }));
