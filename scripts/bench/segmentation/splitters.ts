// The sentence splitters `npm run bench:segmentation` compares with the project's segmenter: each
// takes a text and gives its sentences as strings. natural is heavy (it brings database clients
// along), so it is compared only when installed by hand (npm i --no-save natural); so is sentencex,
// whose per-platform native packages keep package-lock.json from installing on another platform.
import sentencize from '@stdlib/nlp-sentencize';
import cldr from 'cldr-segmentation';
import nlp from 'compromise';
import sbd from 'sbd';
import { split as splitterSplit } from 'sentence-splitter';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { segmentReport } from '@/lib/segmentation/segment-report';

export type Splitter = (text: string) => string[];

const intl = new Intl.Segmenter('en', { granularity: 'sentence' });
const wink = winkNLP(winkModel);

export const projectSplitter: Splitter = (text) => segmentReport(text).map((sentence) => sentence.text);

async function naturalSplitter(): Promise<Splitter | null> {
  try {
    const natural = (await import('natural' as string)) as { SentenceTokenizer: new () => { tokenize(text: string): string[] } };
    const tokenizer = new natural.SentenceTokenizer();
    return (text) => tokenizer.tokenize(text);
  } catch {
    return null;
  }
}

/** Each splitter by the name the tables print, the project's own last. */
export async function splitters(): Promise<Record<string, Splitter>> {
  const natural = await naturalSplitter();
  return {
    'Intl.Segmenter alone': (text) => [...intl.segment(text)].map((segment) => segment.segment),
    'sentence-splitter 5.0.1': (text) => splitterSplit(text).flatMap((node) => (node.type === 'Sentence' ? [node.raw] : [])),
    'sbd 1.0.19': (text) => sbd.sentences(text, { newline_boundaries: false }),
    'compromise 14.17.0': (text) => nlp(text).sentences().out('array') as string[],
    'wink-nlp 2.4.0 (eng-lite-web-model)': (text) => wink.readDoc(text).sentences().out(),
    'cldr-segmentation 2.2.1 (en)': (text) => cldr.sentenceSplit(text, cldr.suppressions.en),
    '@stdlib/nlp-sentencize 0.2.4': (text) => sentencize(text),
    ...(natural ? { 'natural SentenceTokenizer': natural } : {}),
    'segmentReport (this project)': projectSplitter,
  };
}
