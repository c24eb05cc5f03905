import { segmentReport } from '@/lib/segmentation/segment-report';

// Whether one report reuses another's wording, measured two ways on the body sentences (headlines,
// captions, credits and page boilerplate left out), with quoted words never counted: independent
// outlets quote the same statement word for word.
//
// 1. Shared runs: the share of B's unquoted words that lie in a run of at least `runWords` words
//    that A also has outside quotes. Eight words in a row rarely coincide by chance in news prose
//    (a name with its title is four to six), so a copy or syndicated text scores most of its words,
//    an independent report a few stray phrases.
// 2. Sentences in order: the most of B's sentences that can be paired, in order, with A's sentences
//    whose content words largely coincide. A sentence-by-sentence rewrite keeps the facts, names and
//    numbers of each sentence and their order while changing the words around them.
//
// The cut-offs were chosen on the fixtures of tests/fixtures/independence (a light edit and a
// paraphrase of the FORUM report, two independent reports of one statement) and the shipped reports,
// and checked on pairs held out from that choice: see tests/unit/stories/text-reuse.test.ts.

/** Words in a row that count as a shared run. */
export const runWords = 8;
/** Share of B's unquoted words in shared runs from which B is a copy of A. */
export const minRunShare = 0.3;
/**
 * Overlap of content words (shared / the shorter sentence's) from which two sentences match. A
 * rewrite keeps the names, numbers and key nouns of a sentence (two in five of its content words or
 * more) and swaps the rest; sentences of independent reports on one event share fewer, and those
 * that share more are scattered rather than in order.
 */
export const minSentenceOverlap = 0.4;
/** Share of B's sentences matched in A's order from which B is a rewrite of A. */
export const minAlignedShare = 0.6;
/** Fewer matched sentences than this never make a rewrite: too little text to tell. */
export const minAlignedSentences = 4;
/** Sentences with fewer unquoted content words than this are not compared (mostly quote, or a label). */
const minContentWords = 4;

type Token = { word: string; quoted: boolean };
type TextSentence = { words: Token[]; content: Set<string> };
export type ReuseText = { body: string; title?: string | null };

export type TextReuseFigures = {
  /** B's unquoted words in the compared sentences. */
  unquotedWords: number;
  /** Of them, the words in runs of `runWords`+ that A also has unquoted. */
  wordsInSharedRuns: number;
  runShare: number;
  /** B's sentences with enough unquoted content words to compare. */
  comparedSentences: number;
  /** Of them, the most that follow A's sentences in order. */
  alignedSentences: number;
  alignedShare: number;
};

export type TextReuseVerdict = { reused: boolean; kind: 'copy' | 'rewrite' | null; detail: string; figures: TextReuseFigures };

// Curly and straight quotes alike; an apostrophe inside a word (Korea’s) is no quote.
const doubleQuotes = /["“”„«»]/u;
const singleOpen = /['‘]/u;
const singleClose = /['’]/u;
const letter = /[\p{L}\p{N}]/u;

/** Offsets of the body characters that are inside quotation marks. A quote ends with its paragraph at the latest. */
export function quotedMask(body: string): boolean[] {
  const mask: boolean[] = new Array<boolean>(body.length).fill(false);
  let double = false;
  let single = false;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    const before = body.charAt(i - 1);
    const after = body.charAt(i + 1);
    if (char === '\n') {
      double = false;
      single = false;
      continue;
    }
    if (doubleQuotes.test(char)) {
      const opens: boolean = char === '“' || char === '„' || char === '«' || (char === '"' && !double);
      double = opens;
      mask[i] = true;
      continue;
    }
    if (!single && singleOpen.test(char) && !letter.test(before) && letter.test(after)) {
      single = true;
    } else if (single && singleClose.test(char) && !letter.test(after) && before.trim() !== '') {
      single = false;
      mask[i] = true;
      continue;
    }
    mask[i] = double || single;
  }
  return mask;
}

const stopWords = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about after before since until as than then that this these those ' +
    'it its is are was were be been being has have had do does did will would can could may might must shall should not no so such also very more most much many ' +
    'he she they them their his her him we our us you your i me my who whom whose which what when where why how there here said says say told according ' +
    'while during per other another some any all each both either neither only even just still yet one'
  ).split(' '),
);

function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/[’']/gu, "'").replace(/'s$/u, '').replace(/[.',]/gu, '');
}

// A light stem for matching content words across rewording: plurals and the commonest endings.
function stem(word: string): string {
  if (word.length <= 4 || /\d/u.test(word)) return word;
  return word.replace(/(?:ies|es|s|ing|ed)$/u, '');
}

const wordPattern = /[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*/gu;

// A report joining a story is measured against each of its reports: its sentences are read once.
const readTexts = new Map<string, TextSentence[]>();
const readTextsLimit = 200;

function sentencesOf({ body, title }: ReuseText): TextSentence[] {
  const key = `${title ?? ''}\u0000${body}`;
  const known = readTexts.get(key);
  if (known) return known;
  if (readTexts.size >= readTextsLimit) readTexts.clear();
  const sentences = readSentences(body, title);
  readTexts.set(key, sentences);
  return sentences;
}

function readSentences(body: string, title: string | null | undefined): TextSentence[] {
  const text = body.normalize('NFKC').replace(/\u00a0/gu, ' ');
  const mask = quotedMask(text);
  return segmentReport(text, { title })
    .filter((sentence) => sentence.kind === 'body')
    .map((sentence) => {
      const words: Token[] = [];
      for (const match of text.slice(sentence.start, sentence.end).matchAll(wordPattern)) {
        const word = normalizeWord(match[0]);
        if (word) words.push({ word, quoted: mask[sentence.start + match.index] ?? false });
      }
      const content = new Set(words.filter((token) => !token.quoted && !stopWords.has(token.word)).map((token) => stem(token.word)));
      return { words, content };
    });
}

/** Runs of unquoted words, in order; a quote breaks a run. */
function unquotedRuns(sentences: TextSentence[]): string[][] {
  const runs: string[][] = [[]];
  for (const token of sentences.flatMap((sentence) => sentence.words)) {
    const run = runs.at(-1) ?? [];
    if (token.quoted) {
      if (run.length > 0) runs.push([]);
    } else run.push(token.word);
  }
  return runs.filter((run) => run.length > 0);
}

function sharedRunWords(original: TextSentence[], copy: TextSentence[]): { unquotedWords: number; wordsInSharedRuns: number } {
  const grams = new Set<string>();
  for (const run of unquotedRuns(original)) {
    for (let i = 0; i + runWords <= run.length; i++) grams.add(run.slice(i, i + runWords).join(' '));
  }
  let unquotedWords = 0;
  let wordsInSharedRuns = 0;
  for (const run of unquotedRuns(copy)) {
    const covered = new Array<boolean>(run.length).fill(false);
    for (let i = 0; i + runWords <= run.length; i++) {
      if (grams.has(run.slice(i, i + runWords).join(' '))) covered.fill(true, i, i + runWords);
    }
    unquotedWords += run.length;
    wordsInSharedRuns += covered.filter(Boolean).length;
  }
  return { unquotedWords, wordsInSharedRuns };
}

/**
 * The most pairs (A's sentence, B's sentence) that match, both in order (a longest common
 * subsequence), from the pairs that match only: each of B's sentences finds A's sharing a content
 * word through an index of A's words, and the longest chain increasing in A's order is kept with a
 * binary search per pair (Hunt and Szymanski), not a table of every pair of sentences.
 */
function alignedCount(original: TextSentence[], copy: TextSentence[]): number {
  const postings = new Map<string, number[]>();
  original.forEach((sentence, index) => {
    for (const word of sentence.content) (postings.get(word) ?? postings.set(word, []).get(word))?.push(index);
  });
  // chainEnds[k]: the least index in A at which a chain of k + 1 matched pairs can end.
  const chainEnds: number[] = [];
  for (const sentence of copy) {
    const shared = new Map<number, number>();
    for (const word of sentence.content) for (const index of postings.get(word) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const matches = [...shared]
      .filter(([index, count]) => count / Math.min(sentence.content.size, original[index]?.content.size ?? 0) >= minSentenceOverlap)
      .map(([index]) => index)
      .sort((a, b) => b - a);
    // Latest first, so one sentence of B extends a chain once.
    for (const index of matches) {
      let low = 0;
      let high = chainEnds.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((chainEnds[middle] ?? 0) < index) low = middle + 1;
        else high = middle;
      }
      chainEnds[low] = index;
    }
  }
  return chainEnds.length;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Whether `copy` reuses the wording of `original` (names are the outlets, for the detail): a copy
 * when a large share of its unquoted words are in shared runs, a rewrite when most of its
 * sentences follow the original's in order.
 */
export function measureTextReuse(original: ReuseText & { name: string }, copy: ReuseText & { name: string }): TextReuseVerdict {
  const originalSentences = sentencesOf(original);
  const copySentences = sentencesOf(copy);
  const { unquotedWords, wordsInSharedRuns } = sharedRunWords(originalSentences, copySentences);
  const compared = (sentences: TextSentence[]) => sentences.filter((sentence) => sentence.content.size >= minContentWords);
  const comparedCopy = compared(copySentences);
  const alignedSentences = alignedCount(compared(originalSentences), comparedCopy);
  const figures: TextReuseFigures = {
    unquotedWords,
    wordsInSharedRuns,
    runShare: unquotedWords === 0 ? 0 : wordsInSharedRuns / unquotedWords,
    comparedSentences: comparedCopy.length,
    alignedSentences,
    alignedShare: comparedCopy.length === 0 ? 0 : alignedSentences / comparedCopy.length,
  };
  return judgeTextReuse(figures, original.name, copy.name);
}

/** The verdict the figures of `copy`'s text against `original`'s make, in words naming both. */
export function judgeTextReuse(figures: TextReuseFigures, original: string, copy: string): TextReuseVerdict {
  const runs = `${percent(figures.runShare)} of ${copy}’s unquoted wording recurs in ${original} in runs of ${runWords}+ words`;
  const order = `${figures.alignedSentences} of ${figures.comparedSentences} of ${copy}’s sentences follow ${original}’s in order`;
  if (figures.runShare >= minRunShare) return { reused: true, kind: 'copy', detail: runs, figures };
  if (figures.alignedShare >= minAlignedShare && figures.alignedSentences >= minAlignedSentences) return { reused: true, kind: 'rewrite', detail: order, figures };
  return { reused: false, kind: null, detail: `${runs}; ${order}`, figures };
}
