// Words that end with a period without ending the sentence, by how they sit in it.

// Before a name, never at the end of a sentence: "Dr. Kim", "Mt. Fuji".
const personalTitles = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'hon']);
const titles = new Set([
  ...personalTitles,
  'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt',
  'pres', 'amb', 'supt', 'insp', 'atty', 'det', 'mt', 'mts', 'ft',
]);
// After a name, and so often the last word of a sentence: "Briggs & Co.", "Main St.", "John Smith Jr.".
const postpositive = new Set(['co', 'inc', 'corp', 'ltd', 'plc', 'llc', 'bros', 'jr', 'sr', 'esq', 'etc', 'st', 'ave', 'blvd', 'rd', 'dept', 'govt', 'univ']);
// AP-style state abbreviations ("Dallas, Tex."): only capitalized, since "ill." or "mass." are words.
const states = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
]);
const beforeNumbers = new Set(['no', 'nos', 'n°', 'nº', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// Followed by what they introduce, never by a new sentence.
const alwaysContinue = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'approx', 'est', 'ca']);

// Words that usually begin a sentence: after "U.S." or "Co." they mean the sentence ended there.
const sentenceStarters = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'as', 'for', 'if', 'when', 'while', 'after',
  'before', 'since', 'however', 'meanwhile', 'also', 'still', 'yet', 'some', 'many', 'most', 'officials', 'experts', 'analysts',
  'how', 'what', 'who', 'why', 'where', 'which', 'whose', 'then', 'now', 'here', 'thus', 'although', 'though', 'because',
  'each', 'every', 'both', 'all', 'such', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'will', 'would', 'should',
  'could', 'has', 'have', 'had', 'not', 'no', 'yes', 'let', 'please', ...personalTitles,
]);
// "At 5 a.m. Mr. Smith went…": a sentence cannot be only an opening phrase of this kind.
const openingPrepositions = new Set(['at', 'by', 'on', 'in', 'until', 'till', 'after', 'before', 'since', 'from', 'around', 'about', 'near', 'for']);

const initialism = /(?:^|[^\p{L}.])((?:\p{L}\.){2,})$/u;
const initial = /^["“‘'(\[]?\p{Lu}\.$/u;
// The whole last word: letters ending a code or a number ("9999cf.") are not an abbreviation.
const lastWord = /(?:^|[^\p{L}\p{N}°.])([\p{L}°.]+)\.$/u;
const firstWord = /^[\s"“‘'(\[]*([\p{L}\p{N}$€£]+)/u;
const wordBeforeInitial = /(?:^|\s)([^\s]+)\s+\p{Lu}\.$/u;

// The regular expressions below run on the last word only: on the whole sentence they would
// be tried from every position.
function lastToken(sentence: string): string {
  let start = sentence.length;
  while (start > 0 && !/\s/u.test(sentence[start - 1] ?? ' ')) start -= 1;
  return sentence.slice(start);
}

function isCapitalizedStarter(word: string): boolean {
  return /^\p{Lu}/u.test(word) && sentenceStarters.has(word.toLowerCase());
}

function isOpeningPhrase(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/u);
  return sentence.length <= 40 && words.length <= 4 && openingPrepositions.has(words[0]?.toLowerCase() ?? '');
}

// "Jonas E. Smith", "Judge Gerald W. Heaney", "arrested T. J. Marlow", "met B. Owusu": a capital
// letter before a name. "you and I. Did you…" is the pronoun, which is an initial only between
// names ("Albert I. Jones").
function isInitialBeforeName(sentence: string, token: string, after: string, next: string): boolean {
  if (/^\p{Lu}\.\s/u.test(after)) return true;
  if (!/^\p{Lu}/u.test(next) || sentenceStarters.has(next.toLowerCase())) return false;
  if (!token.endsWith('I.')) return true;
  const previous = wordBeforeInitial.exec(sentence)?.[1];
  return previous === undefined || /^\p{Lu}/u.test(previous) || previous.endsWith(':');
}

/**
 * Whether the period that ends `sentence` (the sentence so far) is part of an abbreviation or
 * initial that `after` continues ("U.S. State Department", "Dr. Kim", "Sept. 12", "Jonas E.
 * Smith"), rather than a sentence end ("…Briggs & Co. It closed", "…the U.S. How about you?").
 */
export function continuesAbbreviation(sentence: string, after: string): boolean {
  const next = firstWord.exec(after)?.[1] ?? '';
  const token = lastToken(sentence);
  const endsSentenceBefore = () => isCapitalizedStarter(next) && !isOpeningPhrase(sentence);
  if (initialism.test(token)) return next !== '' && !endsSentenceBefore();
  if (initial.test(token) && isInitialBeforeName(sentence, token, after, next)) return true;
  const word = lastWord.exec(token)?.[1];
  if (!word) return false;
  const lowerCase = word.toLowerCase();
  if (personalTitles.has(lowerCase) || alwaysContinue.has(lowerCase)) return true;
  if (titles.has(lowerCase) || postpositive.has(lowerCase) || states.has(word)) return !endsSentenceBefore();
  return beforeNumbers.has(lowerCase) && /^\d/.test(next);
}
