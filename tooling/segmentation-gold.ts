// The hand-checked segmentation of the shipped reports, for its unit test and `npm run bench:segmentation`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';

export type GoldSentence = { kind: SentenceKind; text: string; start: number; end: number };
export type GoldReport = { slug: string; title: string | null; body: string; sentences: GoldSentence[] };

const root = process.cwd();

/** The hand-checked segmentation of a shipped report (tests/fixtures/segmentation), with offsets found in order. */
export function readGoldReport(slug: string): GoldReport {
  const body = readFileSync(path.join(root, 'data/reports', `${slug}.txt`), 'utf8');
  const catalogue = JSON.parse(readFileSync(path.join(root, 'data/reports/reports.json'), 'utf8')) as { reports: { file: string; title: string | null }[] };
  const entries = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/segmentation', `${slug}.json`), 'utf8')) as { kind: SentenceKind; text: string }[];
  let cursor = 0;
  const sentences = entries.map((entry) => {
    const start = body.indexOf(entry.text, cursor);
    if (start < 0) throw new Error(`Gold sentence not found in ${slug}: ${entry.text}`);
    cursor = start + entry.text.length;
    return { ...entry, start, end: cursor };
  });
  return { slug, title: catalogue.reports.find((report) => report.file === `${slug}.txt`)?.title ?? null, body, sentences };
}

export const goldSlugs = ['reuters', 'dw', 'ipdefenseforum'] as const;

type Spanned = { start: number; end: number; kind: SentenceKind };

export type SegmentationScore = { truePositives: number; predicted: number; expected: number; kindMatches: number; goldSentences: number };

/** Boundaries are the sentence starts and ends; a kind counts as right when the sentence's span and kind both match. */
export function scoreSegmentation(predicted: Spanned[], gold: Spanned[]): SegmentationScore {
  const boundaries = (spans: Spanned[]) => new Set(spans.flatMap((span) => [span.start, span.end]));
  const predictedBoundaries = boundaries(predicted);
  const goldBoundaries = boundaries(gold);
  const truePositives = [...predictedBoundaries].filter((position) => goldBoundaries.has(position)).length;
  const predictedBySpan = new Map(predicted.map((span) => [`${span.start}:${span.end}`, span.kind]));
  const kindMatches = gold.filter((span) => predictedBySpan.get(`${span.start}:${span.end}`) === span.kind).length;
  return { truePositives, predicted: predictedBoundaries.size, expected: goldBoundaries.size, kindMatches, goldSentences: gold.length };
}

export function summarizeScores(scores: SegmentationScore[]) {
  const sum = (key: keyof SegmentationScore) => scores.reduce((total, score) => total + score[key], 0);
  const precision = sum('truePositives') / sum('predicted');
  const recall = sum('truePositives') / sum('expected');
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), kindAccuracy: sum('kindMatches') / sum('goldSentences') };
}
