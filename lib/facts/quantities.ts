// Figures that make or break "the same fact": amounts of money, counts, durations, dates.
export type QuantityKind = 'amount' | 'number' | 'duration' | 'date';
export type Quantity = { kind: QuantityKind; text: string; value: string };

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  a: 1, an: 1, last: 1, previous: 1, past: 1,
};
const scale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';

const patterns: { kind: QuantityKind; pattern: RegExp; value: (match: RegExpExecArray) => string }[] = [
  {
    kind: 'amount',
    pattern: /([$€£¥]|US\$)\s?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?|(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?\s*(won|yen|dollars|euros|yuan)\b/giu,
    value: (match) => {
      const currency = (match[1] ?? match[6] ?? '').toLowerCase().replace('us$', '$').replace('dollars', '$').replace('euros', '€');
      const amount = Number((match[2] ?? match[4] ?? '0').replace(/,/g, '')) * (scale[(match[3] ?? match[5] ?? '').toLowerCase()] ?? 1);
      return `${currency}${amount}`;
    },
  },
  {
    kind: 'duration',
    pattern: new RegExp(`\\b(\\d+|${Object.keys(numberWords).join('|')})[\\s-]+(year|month|week|day)s?\\b`, 'giu'),
    value: (match) => {
      const count = match[1] ?? '';
      return `${numberWords[count.toLowerCase()] ?? Number(count)} ${match[2]?.toLowerCase()}`;
    },
  },
  {
    kind: 'date',
    pattern: new RegExp(`\\b(?:(${months})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?|(${months})\\s+(\\d{4})|(?:in|since|by|of|before|after)\\s+((?:19|20)\\d{2}))\\b`, 'gu'),
    value: (match) => [match[1] ?? match[4], match[2], match[3] ?? match[5] ?? match[6]].filter(Boolean).join(' '),
  },
  {
    kind: 'number',
    pattern: /(?<![$€£\d.,])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?!\s*(?:thousand|million|billion|trillion|won|yen|dollars|euros|years?|months?|weeks?|days?)\b)(?![.,]?\d)/giu,
    value: (match) => String(Number((match[1] ?? '').replace(/,/g, ''))),
  },
];

/** The amounts, numbers, durations and dates a sentence states. */
export function extractQuantities(text: string): readonly Quantity[] {
  const known = extracted.get(text);
  if (known) return known;
  if (extracted.size >= extractedLimit) extracted.clear();
  const found = readQuantities(text);
  extracted.set(text, found);
  return found;
}

// A story's fact map compares each statement with many others: its figures are read once.
const extracted = new Map<string, readonly Quantity[]>();
const extractedLimit = 200_000;

function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken: [number, number][] = [];
  for (const { kind, pattern, value } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      found.push({ kind, text: match[0].trim(), value: value(match as RegExpExecArray) });
    }
  }
  return found;
}

export type Mismatch = { kind: QuantityKind; claim: string; other: string };

const yearNumber = /^(19|20)\d{2}$/;

// Years are compared as dates: "2019" agrees with "December 2019", and a bare year is one.
function comparableKind(quantity: Quantity): QuantityKind {
  return quantity.kind === 'number' && yearNumber.test(quantity.text) ? 'date' : quantity.kind;
}

// Two values agree when they are the same, or one date is a more precise form of the other
// ("December 2019" and "2019"; "April 7, 2023" and "April 2023").
function agree(kind: QuantityKind, a: string, b: string): boolean {
  if (a === b) return true;
  if (kind !== 'date') return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const parts = longer.split(' ');
  return shorter.split(' ').every((part) => parts.includes(part));
}

/**
 * Figures of the same kind that two sentences both give and never agree on ("$1.2 billion" vs
 * "$1.7 billion", "five years" vs "last year"). A figure only one side mentions is not a mismatch:
 * the other may simply not say; and when the two agree on one figure of a kind, their other
 * figures of that kind are taken to be about other things ("a 2017 resolution set a December 2019
 * deadline" against "before the 2019 deadline").
 */
export function findMismatches(claimText: string, otherText: string): Mismatch[] {
  const claim = extractQuantities(claimText);
  const other = extractQuantities(otherText);
  const mismatches: Mismatch[] = [];
  for (const kind of ['amount', 'duration', 'date', 'number'] as const) {
    const mine = claim.filter((quantity) => comparableKind(quantity) === kind);
    const theirs = other.filter((quantity) => comparableKind(quantity) === kind);
    if (mine.length === 0 || theirs.length === 0) continue;
    const valueOf = (quantity: Quantity) => (quantity.kind === 'number' ? quantity.text : quantity.value);
    const anyAgree = mine.some((a) => theirs.some((b) => agree(kind, valueOf(a), valueOf(b))));
    if (!anyAgree) mismatches.push({ kind, claim: mine.map((q) => q.text).join(', '), other: theirs.map((q) => q.text).join(', ') });
  }
  return mismatches;
}
