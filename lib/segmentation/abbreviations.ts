// Words that end with a period without ending the sentence.
const titles = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr',
  'st', 'jr', 'sr', 'rev', 'pres', 'amb', 'hon', 'supt', 'insp', 'messrs',
]);
const beforeNumbers = new Set(['no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const alwaysContinue = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'est', 'inc', 'corp', 'co', 'ltd', 'dept', 'govt', 'univ']);

// Words that usually begin a new sentence: after "U.S." they mean the sentence ended there.
const sentenceStarters = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'as', 'for', 'if', 'when', 'while', 'after', 'before',
  'since', 'however', 'meanwhile', 'also', 'still', 'yet', 'some', 'many', 'most', 'officials', 'experts', 'analysts',
]);

const initialism = /(?:^|[^\p{L}.])((?:\p{L}\.){2,})$/u;
const lastWord = /([\p{L}.]+)\.$/u;
const firstWord = /^[\s"“‘'(\[]*([\p{L}\p{N}$€£]+)/u;

/**
 * Whether the period that ends `before` is part of an abbreviation that `after` continues
 * ("U.S. State Department", "Dr. Kim", "Sept. 12"), rather than a sentence end.
 */
export function continuesAbbreviation(before: string, after: string): boolean {
  const next = firstWord.exec(after)?.[1] ?? '';
  if (initialism.test(before)) return next !== '' && !sentenceStarters.has(next.toLowerCase());
  const word = lastWord.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  if (titles.has(word) || alwaysContinue.has(word)) return true;
  return beforeNumbers.has(word) && /^\d/.test(next);
}
