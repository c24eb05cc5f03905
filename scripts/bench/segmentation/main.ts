// npm run bench:segmentation - measures the segmenter against the hand-checked gold of the three
// reports and against the English Golden Rules (pragmatic_segmenter's 52, pySBD's 48, read from
// FACTCHECK_SHARED_DIR), next to the building blocks and sentence-splitting libraries it was
// compared with, lists the rules it fails with what it produced, then times segmenting 1 MB of
// report text (median of 7 runs).
import { segmentReport } from '@/lib/segmentation/segment-report';
import type { Span } from '@/lib/segmentation/text-span';
import type { SentenceKind } from '@/lib/segmentation/sentence-kind';
import { goldenRuleSets, readGoldenRules, scoreGoldenRules } from '../../../tooling/golden-rules';
import { goldSlugs, readGoldReport, scoreSegmentation, summarizeScores } from '../../../tooling/segmentation-gold';
import { median as medianOf } from '../statistics';
import { alignSentences } from './align';
import { splitters } from './splitters';

type Segmenter = (body: string, title: string | null) => (Span & { kind: SentenceKind })[] | null;

const splitterList = await splitters();
const libraries = Object.entries(splitterList).slice(0, -1);
const segmenters: Record<string, Segmenter> = {
  ...Object.fromEntries(
    libraries.map(([name, split]) => [name, (body: string) => alignSentences(body, split(body))?.map((span) => ({ ...span, kind: 'body' as const })) ?? null]),
  ),
  'segmentReport (this project)': (body, title) => segmentReport(body, { title }),
};

const reports = goldSlugs.map(readGoldReport);
const goldRows = Object.entries(segmenters).map(([name, segment]) => {
  const scores = reports.map((report) => {
    const spans = segment(report.body, report.title);
    return spans ? scoreSegmentation(spans, report.sentences) : null;
  });
  return { name, summary: scores.every((score) => score !== null) ? summarizeScores(scores.filter((score) => score !== null)) : null };
});

const goldSentenceCount = reports.reduce((count, report) => count + report.sentences.length, 0);
console.log(`Boundary precision / recall / F1 and kind accuracy against the hand-checked gold of the shipped reports (${goldSentenceCount} sentences):`);
for (const { name, summary } of goldRows) {
  const figures = summary
    ? `P ${summary.precision.toFixed(3)}  R ${summary.recall.toFixed(3)}  F1 ${summary.f1.toFixed(3)}  kinds ${summary.kindAccuracy.toFixed(3)}`
    : 'changes the text beyond whitespace: not scored';
  console.log(`  ${name.padEnd(40)} ${figures}`);
}

const ruleSets = Object.values(goldenRuleSets).map((file) => ({ file, rules: readGoldenRules(file) }));
console.log('\nEnglish Golden Rules passed (sentences equal after collapsing whitespace):');
console.log(`  ${''.padEnd(40)} ${ruleSets.map(({ file, rules }) => `${file.replace(/^rules_|\.json$/g, '')} (${rules.length})`.padEnd(22)).join('')}`);
const ruleScores = Object.entries(splitterList).map(([name, split]) => ({ name, scores: ruleSets.map(({ rules }) => scoreGoldenRules(rules, split)) }));
for (const { name, scores } of ruleScores) {
  console.log(`  ${name.padEnd(40)} ${scores.map((score) => `${score.passed}/${score.total}`.padEnd(22)).join('')}`);
}

const project = ruleScores.at(-1);
const projectFailures = project?.scores[0]?.failures ?? [];
console.log(`\nGolden Rules that segmentReport fails (${projectFailures.length}):`);
for (const failure of projectFailures) {
  console.log(`  ${failure.id} ${failure.name}\n    expected ${JSON.stringify(failure.expected)}\n    produced ${JSON.stringify(failure.produced)}`);
}
console.log('Failed by the others:');
for (const { name, scores } of ruleScores.slice(0, -1)) console.log(`  ${name.padEnd(40)} ${scores[0]?.failures.map((failure) => failure.id).join(' ')}`);

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

console.log('');
const paragraphs = timeSegmenting('1 MB of report text', megabyte);
const oneLine = timeSegmenting('1 MB on a single line', megabyte.replace(/\s+/g, ' '));
const projectGold = goldRows.at(-1)?.summary;
console.log(
  JSON.stringify({
    segmentationF1: projectGold?.f1,
    kindAccuracy: projectGold?.kindAccuracy,
    goldenRules52: project?.scores[0]?.passed,
    goldenRules48: project?.scores[1]?.passed,
    megabyteMedianMs: Math.round(paragraphs),
    megabyteOneLineMedianMs: Math.round(oneLine),
  }),
);
