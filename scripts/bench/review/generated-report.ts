// Report bodies of any length made of the shipped reports' own body sentences, so the review page
// gets real news text (long sentences cut at a clause, see short-sentences.ts): shuffled with a seed, names, places and numbers swapped so that sentences
// recur with variations, grouped in paragraphs, with page furniture (a photo credit, a "Read
// more" line) every few paragraphs, as scraped pages have.
import { readSeedReports } from '@/lib/reports/seed-report-files';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { pick, seededRandom, shuffled } from './seeded-random';
import { shortSentences } from './short-sentences';

// Sentences of 89 characters on average, so that 10,000 of them fit in an import.
const maxSentenceLength = 130;

// Words of the shipped reports and what may stand in for them.
const substitutes: Record<string, string[]> = {
  Seoul: ['Seoul', 'Tokyo', 'Washington', 'Jakarta', 'Canberra', 'Manila'],
  Friday: ['Friday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday'],
  Japan: ['Japan', 'Australia', 'the Philippines', 'Canada'],
  Japanese: ['Japanese', 'Australian', 'Philippine', 'Canadian'],
  'Kim Gunn': ['Kim Gunn', 'Park Ji-won', 'Lee Min-ho', 'Choi Soo-jin'],
  'Sung Kim': ['Sung Kim', 'Anna Reyes', 'Daniel Moore', 'Laura Chen'],
  'Takehiro Funakoshi': ['Takehiro Funakoshi', 'Kenji Sato', 'Yuki Tanaka'],
  March: ['March', 'April', 'May', 'June', 'September'],
};
// Longest first, so that "Japanese" is not read as "Japan".
const substitutePattern = new RegExp(`\\b(${Object.keys(substitutes).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const furniture = [
  (random: () => number) => `Image: ${pick(['Jeon Heon-Kyun', 'Ahn Young-joon', 'Lee Jin-man', 'Kim Hong-Ji'], random)}/${pick(['Getty Images', 'AP', 'Reuters', 'AFP'], random)}`,
  (random: () => number) => `Read more: ${pick(['North Korea fires another missile', 'What sanctions mean for Pyongyang', 'Envoys meet again on cyber theft'], random)}`,
];

function bodySentencesOfShippedReports(): string[] {
  return readSeedReports().flatMap((report) =>
    segmentReport(report.body, { title: report.title })
      .filter((sentence) => sentence.kind === 'body')
      .flatMap((sentence) => shortSentences(sentence.text.replace(/\s+/gu, ' '), maxSentenceLength)),
  );
}

function varied(sentence: string, random: () => number): string {
  return sentence
    .replace(substitutePattern, (word) => pick(substitutes[word] ?? [word], random))
    .replace(/(?<![\w-])\d+(?![\w-])/g, (digits) => String(Math.floor(10 ** (digits.length - 1) + random() * 9 * 10 ** (digits.length - 1))));
}

const bodySentenceCount = (text: string) => segmentReport(text).filter((sentence) => sentence.kind === 'body').length;

/**
 * A report body that the segmenter reads as `sentenceCount` body sentences, the same for the same
 * seed. Each paragraph is counted as the segmenter reads it, since some sentences written one to a
 * line in their report join when they share a paragraph.
 */
export function generatedReportBody(sentenceCount: number, seed = 19): string {
  const random = seededRandom(seed + sentenceCount);
  const source = bodySentencesOfShippedReports();
  const pending: string[] = [];
  const paragraphs: string[] = [];
  let counted = 0;
  while (counted < sentenceCount) {
    if (pending.length < 6) pending.push(...shuffled(source, random).map((sentence) => varied(sentence, random)));
    let paragraph = pending.splice(0, 2 + Math.floor(random() * 4));
    while (paragraph.length > 1 && counted + bodySentenceCount(paragraph.join(' ')) > sentenceCount) paragraph = paragraph.slice(0, -1);
    const text = paragraph.join(' ');
    const found = bodySentenceCount(text);
    if (counted + found > sentenceCount) continue;
    paragraphs.push(text);
    counted += found;
    if (paragraphs.length % 7 === 6 && counted < sentenceCount) paragraphs.push(pick(furniture, random)(random));
  }
  const body = `${paragraphs.join('\n\n')}\n`;
  const found = bodySentenceCount(body);
  if (found !== sentenceCount) throw new Error(`The generated report has ${found} body sentences, not ${sentenceCount}`);
  return body;
}
