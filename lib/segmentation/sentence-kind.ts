export const sentenceKinds = ['body', 'headline', 'dateline', 'caption', 'credit', 'boilerplate'] as const;
export type SentenceKind = (typeof sentenceKinds)[number];

/** Only `body` sentences carry claims; the others stay visible but are not for review by default. */
export function isForReview(kind: SentenceKind): boolean {
  return kind === 'body';
}

export const sentenceKindLabels: Record<SentenceKind, string> = {
  body: 'Sentence',
  headline: 'Headline',
  dateline: 'Dateline',
  caption: 'Caption',
  credit: 'Credit',
  boilerplate: 'Boilerplate',
};

/** A sentence as the segmenter finds it: `text === body.slice(start, end)`. */
export type SentenceSpan = { index: number; start: number; end: number; kind: SentenceKind; text: string };

/** One letter per kind, so that the kinds of a 10,000-sentence report travel as a 10 KB string. */
export const sentenceKindLetters: Record<SentenceKind, string> = { body: 'b', headline: 'h', dateline: 'd', caption: 'c', credit: 'r', boilerplate: 'p' };

const kindsByLetter = new Map(sentenceKinds.map((kind) => [sentenceKindLetters[kind], kind]));

export function sentenceKindOfLetter(letter: string | undefined): SentenceKind {
  return kindsByLetter.get(letter ?? '') ?? 'body';
}
