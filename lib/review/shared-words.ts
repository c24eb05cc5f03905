import 'server-only';
import { db } from '@/lib/db';

// The term index holds stems and folded names ("agenc", "decemb", "nationalintelligenceservic",
// "meet" for "met"): a reviewer reads words. Each word of a sentence, and each run of up to four
// adjacent words (the index makes "North Korea", "United States" and "National Intelligence
// Service" one term), is put through the index's own function, search_vector_of, so a term is
// shown as the words of the sentence that produced it.

type Phrase = { raw: string; shown: string; size: number };

const longestName = 4;

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
  const phrases: Phrase[] = [];
  for (let size = 1; size <= longestName; size += 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const run = words.slice(start, start + size);
      phrases.push({ raw: run.join(' '), shown: run.map(shownWord).join(' '), size });
    }
  }
  return phrases;
}

/** The words of `text` that produced `lexeme`: single words, else the shortest runs of words; unique, in order. */
function wordsFor(lexeme: string, phrases: Phrase[], lexemesOf: Map<string, string[]>): string[] {
  for (let size = 1; size <= longestName; size += 1) {
    const found = phrases.filter((phrase) => phrase.size === size && lexemesOf.get(phrase.raw)?.includes(lexeme));
    if (found.length > 0) return [...new Map(found.map((phrase) => [phrase.shown.toLowerCase(), phrase.shown])).values()];
  }
  return [];
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
  const lexemesOf = await lexemesOfPhrases([...new Set(everyPhrase.filter((phrase) => phrase.size === 1).map((phrase) => phrase.raw))]);
  // Runs of words are lexed only when a shared term comes from no single word ("North Korea").
  const fromWords = new Set([...lexemesOf.values()].flat());
  if (others.some((other) => other.sharedTerms.some((lexeme) => !fromWords.has(lexeme)))) {
    for (const [phrase, lexemes] of await lexemesOfPhrases([...new Set(everyPhrase.filter((phrase) => phrase.size > 1).map((phrase) => phrase.raw))])) lexemesOf.set(phrase, lexemes);
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
