import 'server-only';
import { db } from '@/lib/db';

// The term index holds stems and folded names ("agenc", "decemb", "northkorea", "meet" for "held
// talks"): a reviewer reads words. Each word of a sentence, and each pair of adjacent words (the
// index makes "North Korea" and "United States" one term), is put through the index's own
// function, search_vector_of, so a term is shown as the words of the sentence that produced it.

type Phrase = { raw: string; shown: string; isPair: boolean };

// Quotes, brackets and punctuation around a word; a trailing full stop is kept for lexing ("U.S.").
const around = /^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}.%]+$/gu;

function shownWord(raw: string): string {
  const word = raw.replace(/[’']s$/u, '');
  return /^(\p{Lu}\.)+$/u.test(word) ? word : word.replace(/\.+$/u, '');
}

function phrasesOf(text: string): Phrase[] {
  const words = text
    .split(/\s+/u)
    .map((token) => token.replace(around, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const singles = words.map((raw) => ({ raw, shown: shownWord(raw), isPair: false }));
  const pairs = words.slice(1).map((raw, index) => ({ raw: `${words[index]} ${raw}`, shown: `${shownWord(words[index] ?? '')} ${shownWord(raw)}`, isPair: true }));
  return [...singles, ...pairs];
}

/** The words of `text` that produced `lexeme`: single words, else pairs of words; unique, in order. */
function wordsFor(lexeme: string, phrases: Phrase[], lexemesOf: Map<string, string[]>): string[] {
  const producing = (isPair: boolean) => phrases.filter((phrase) => phrase.isPair === isPair && lexemesOf.get(phrase.raw)?.includes(lexeme));
  const found = producing(false).length > 0 ? producing(false) : producing(true);
  return [...new Map(found.map((phrase) => [phrase.shown.toLowerCase(), phrase.shown])).values()];
}

async function lexemesOfPhrases(phrases: string[]): Promise<Map<string, string[]>> {
  if (phrases.length === 0) return new Map();
  const rows = await db.$queryRaw<{ phrase: string; lexemes: string[] }[]>`
    SELECT phrase, tsvector_to_array(search_vector_of(phrase)) AS lexemes FROM unnest(${phrases}::text[]) AS phrase`;
  return new Map(rows.map((row) => [row.phrase, row.lexemes]));
}

/**
 * The shared terms of a claim and each other sentence as the sentences word them: "agency", or
 * "met / held" where the two sentences word one term differently.
 */
export async function sharedWords(claimText: string, others: { text: string; sharedTerms: string[] }[]): Promise<string[][]> {
  const claimPhrases = phrasesOf(claimText);
  const otherPhrases = others.map((other) => phrasesOf(other.text));
  const everyPhrase = [claimPhrases, ...otherPhrases].flat();
  const lexemesOf = await lexemesOfPhrases([...new Set(everyPhrase.filter((phrase) => !phrase.isPair).map((phrase) => phrase.raw))]);
  // Pairs of words are lexed only when a shared term comes from no single word ("North Korea").
  const fromWords = new Set([...lexemesOf.values()].flat());
  if (others.some((other) => other.sharedTerms.some((lexeme) => !fromWords.has(lexeme)))) {
    for (const [phrase, lexemes] of await lexemesOfPhrases([...new Set(everyPhrase.filter((phrase) => phrase.isPair).map((phrase) => phrase.raw))])) lexemesOf.set(phrase, lexemes);
  }
  return others.map((other, position) =>
    other.sharedTerms.map((lexeme) => {
      const mine = wordsFor(lexeme, claimPhrases, lexemesOf);
      const theirs = wordsFor(lexeme, otherPhrases[position] ?? [], lexemesOf);
      if (mine.length === 0 && theirs.length === 0) return lexeme;
      const same = mine.length === theirs.length && mine.every((word) => theirs.some((their) => their.toLowerCase() === word.toLowerCase()));
      if (same || theirs.length === 0) return mine.join(', ');
      if (mine.length === 0) return theirs.join(', ');
      return `${mine.join(', ')} / ${theirs.join(', ')}`;
    }),
  );
}
