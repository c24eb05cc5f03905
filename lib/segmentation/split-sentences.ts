import { continuesAbbreviation } from './abbreviations';
import { trimSpan, type Span } from './text-span';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const listMarker = /^\(?\d{1,3}[.)]$/;

// V8's sentence segmenter slows down quadratically on long strings (20,000 sentences on one line
// take seconds), so long lines are cut into chunks first, only where a sentence clearly ends
// (end mark, space, capital letter): ICU breaks there too, and the joins below still apply.
const chunkLength = 2_000;
const clearSentenceEnd = /[.!?]["”’')\]]*\s+(?=["“‘(\[]?\p{Lu})/gu;

function* chunksOf(text: string, line: Span): Generator<Span> {
  let start = line.start;
  while (line.end - start > chunkLength) {
    clearSentenceEnd.lastIndex = start + chunkLength;
    const match = clearSentenceEnd.exec(text);
    if (!match || match.index >= line.end) break;
    const end = match.index + match[0].length;
    yield { start, end };
    start = end;
  }
  yield { start, end: line.end };
}

function* candidateSpans(text: string, line: Span): Generator<Span> {
  for (const chunk of chunksOf(text, line)) {
    for (const segment of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      const start = chunk.start + segment.index;
      const span = trimSpan(text, { start, end: start + segment.segment.length });
      if (span) yield span;
    }
  }
}

/** Running bracket and quote balance of a sentence being built, kept incrementally (no rescans). */
type Balance = { parentheses: number; curlyQuotes: number; straightQuotes: number };

function addBalance(balance: Balance, text: string): void {
  for (const character of text) {
    if (character === '(' || character === '[') balance.parentheses += 1;
    else if (character === ')' || character === ']') balance.parentheses -= 1;
    else if (character === '“') balance.curlyQuotes += 1;
    else if (character === '”') balance.curlyQuotes -= 1;
    else if (character === '"') balance.straightQuotes += 1;
  }
}

function hasOpenQuotation(balance: Balance): boolean {
  return balance.curlyQuotes > 0 || balance.straightQuotes % 2 === 1;
}

// “A. B,” she said. — the quotation closes with a comma, so its attribution follows and the
// quotation and its attribution make one sentence.
function quotationClosesWithComma(rest: string): boolean {
  const close = /[”"]/.exec(rest);
  return close !== null && /,\s*$/.test(rest.slice(0, close.index));
}

function shouldJoin(before: string, balance: Balance, after: string): boolean {
  if (listMarker.test(before)) return true;
  if (balance.parentheses > 0) return true;
  if (hasOpenQuotation(balance) && quotationClosesWithComma(after)) return true;
  return before.endsWith('.') && continuesAbbreviation(before.slice(-40), after);
}

/**
 * Sentences of one line of text. Intl.Segmenter (ICU's Unicode sentence rules) proposes the
 * breaks; breaks inside abbreviations, parentheses and attributed quotations are then undone.
 */
export function splitSentences(text: string, line: Span): Span[] {
  const sentences: Span[] = [];
  let balance: Balance = { parentheses: 0, curlyQuotes: 0, straightQuotes: 0 };
  let lastPiece = '';
  for (const span of candidateSpans(text, line)) {
    const piece = text.slice(span.start, span.end);
    const current = sentences.at(-1);
    if (current && shouldJoin(lastPiece, balance, piece)) {
      current.end = span.end;
    } else {
      sentences.push(span);
      balance = { parentheses: 0, curlyQuotes: 0, straightQuotes: 0 };
    }
    addBalance(balance, piece);
    lastPiece = piece;
  }
  return sentences;
}
