import { continuesAbbreviation } from './abbreviations';
import { listItemStarts, listMarker } from './list-items';
import { trimSpan, type Span } from './text-span';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// V8's sentence segmenter slows down quadratically on long strings (20,000 sentences on one line
// take seconds), so long lines are cut into chunks first, only where a sentence clearly ends
// (end mark, space, capital letter): ICU breaks there too, and the joins below still apply.
const chunkLength = 2_000;
const clearSentenceEnd = /[.!?]["”’')\]]*\s+(?=["“‘(\[]?\p{Lu})/gu;

// Breaks ICU does not propose: sentences glued without a space ("Hello world.Today is…"), a
// sentence's period before an ellipsis that opens the next one ("…compounds. . . . The practice"),
// and the end of a closing quotation mark that ICU would give to the next sentence.
const gluedSentenceEnd = /[.!?]+(?=["“]?\p{Lu}\p{Ll})/gu;
const endsLikeSentence = /(?:\p{Ll}\p{Ll}|\p{N})$/u;
const periodBeforeEllipsis = /(?<=[\p{L}\p{N}][.!?])\s+(?=\.\s\.\s\.\s+[\p{L}\p{N}"“‘])/gu;
const webAddress = /@|:\/\/|www\./u;
// "…will not wait. ” The ministry…": a closing quotation mark set off by a space, which ICU
// gives to the next sentence.
const spacedClosingQuote = /[.!?]\s+[”’]+(?=\s)/gu;

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

function isInWebAddress(segment: string, index: number): boolean {
  const tokenStart = segment.lastIndexOf(' ', index) + 1;
  const tokenEnd = segment.indexOf(' ', index);
  return webAddress.test(segment.slice(tokenStart, tokenEnd < 0 ? undefined : tokenEnd));
}

function extraBreaks(chunkText: string): number[] {
  const breaks: number[] = [];
  for (const match of chunkText.matchAll(gluedSentenceEnd)) {
    const isAfterWord = endsLikeSentence.test(chunkText.slice(Math.max(0, match.index - 2), match.index));
    if (isAfterWord && !isInWebAddress(chunkText, match.index)) breaks.push(match.index + match[0].length);
  }
  for (const match of chunkText.matchAll(spacedClosingQuote)) breaks.push(match.index + match[0].length);
  if (chunkText.includes('. . .')) for (const match of chunkText.matchAll(periodBeforeEllipsis)) breaks.push(match.index);
  return breaks;
}

type Candidate = Span & { isItemStart: boolean };

function* candidateSpans(text: string, line: Span): Generator<Candidate> {
  const itemStarts = listItemStarts(text, line);
  for (const chunk of chunksOf(text, line)) {
    // A line may be several hard-wrapped lines joined: ICU always breaks at a newline, so it
    // reads them as spaces (one for one, so that offsets stay those of the body).
    const rawText = text.slice(chunk.start, chunk.end);
    const chunkText = rawText.includes('\n') ? rawText.replace(/[\r\n]/g, ' ') : rawText;
    const extra = extraBreaks(chunkText);
    const cuts = extra.length === 0 && itemStarts.length === 0 ? extra : [...extra.map((cut) => chunk.start + cut), ...itemStarts].sort((a, b) => a - b);
    let next = 0;
    for (const segment of segmenter.segment(chunkText)) {
      const segmentEnd = chunk.start + segment.index + segment.segment.length;
      let from = chunk.start + segment.index;
      while (next < cuts.length && (cuts[next] ?? 0) <= from) next += 1;
      for (;;) {
        const cut = cuts[next];
        const to = cut !== undefined && cut < segmentEnd ? cut : segmentEnd;
        const span = trimSpan(text, { start: from, end: to });
        if (span) yield { start: span.start, end: span.end, isItemStart: itemStarts.length > 0 && itemStarts.includes(span.start) };
        if (to === segmentEnd) break;
        from = to;
        next += 1;
      }
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

// An ellipsis of three spaced dots marks words left out inside a sentence ("the thing is . . .
// I didn't"); the style guides end a sentence with four (". . . ."). "[...]" marks an omission
// inside a quotation.
const omission = /(?:^|[^.\s]\s+)\.\s\.\s\.["”’')\]]*$|\[(?:\.\.\.|…)\]["”’')\]]*$/u;
const startsLowerCase = /^["“‘'(\[]*\p{Ll}/u;
const closersOnly = /^["”’')\]]+$/u;

function shouldJoin(text: string, sentence: Span, lastPiece: string, balance: Balance, after: string): boolean {
  if (sentence.end - sentence.start === lastPiece.length && listMarker.test(lastPiece)) return true;
  if (balance.parentheses > 0) return true;
  if (hasOpenQuotation(balance) && quotationClosesWithComma(after)) return true;
  // English sentences begin with a capital: "Yahoo! in the accounting department", "“Why?” he asked".
  if (startsLowerCase.test(after)) return true;
  // A closing quotation mark set off by a space ("…with that. ”") still closes this sentence.
  if (closersOnly.test(after)) return true;
  if ((lastPiece.includes('. . .') || lastPiece.includes('[')) && omission.test(lastPiece)) return true;
  return text[sentence.end - 1] === '.' && continuesAbbreviation(text.slice(Math.max(sentence.start, sentence.end - 80), sentence.end), after);
}

/**
 * Sentences of one line of text (or of hard-wrapped lines joined). Intl.Segmenter (ICU's
 * Unicode sentence rules) proposes the breaks, with a few it misses; breaks inside
 * abbreviations, initials, parentheses, omissions and attributed quotations are then undone.
 * A list written on one line gives one sentence per item.
 */
export function splitSentences(text: string, line: Span): Span[] {
  const sentences: Span[] = [];
  let balance: Balance = { parentheses: 0, curlyQuotes: 0, straightQuotes: 0 };
  let lastPiece = '';
  for (const span of candidateSpans(text, line)) {
    const piece = text.slice(span.start, span.end);
    const current = sentences.at(-1);
    if (current && !span.isItemStart && shouldJoin(text, current, lastPiece, balance, piece)) {
      current.end = span.end;
    } else {
      sentences.push({ start: span.start, end: span.end });
      balance = { parentheses: 0, curlyQuotes: 0, straightQuotes: 0 };
    }
    addBalance(balance, piece);
    lastPiece = piece;
  }
  return sentences;
}
