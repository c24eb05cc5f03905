import {
  announcedSection,
  endsWithPunctuation,
  gluedCreditStart,
  isBoilerplateLine,
  isCredit,
  isDateline,
  isDuration,
  isGluedBreadcrumb,
  isParentheticalCaption,
  wordCount,
} from './line-patterns';
import { splitSentences } from './split-sentences';
import { splitLines, type Span } from './text-span';
import type { SentenceKind, SentenceSpan } from './sentence-kind';

type Line = Span & { text: string; isStandalone: boolean };
type Piece = Span & { kind: SentenceKind };

const maxHeadlineWords = 20;

function normalizeForComparison(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function readLines(body: string): Line[] {
  const spans = splitLines(body);
  const isBlankBetween = (from: number, to: number) => /\n[^\S\n]*\n/u.test(body.slice(from, to));
  return spans.map((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const blankBefore = !previous || isBlankBetween(previous.end, span.start);
    const blankAfter = !next || isBlankBetween(span.end, next.start);
    return { ...span, text: body.slice(span.start, span.end), isStandalone: blankBefore && blankAfter };
  });
}

function sentencesOf(body: string, line: Line, kind: SentenceKind): Piece[] {
  return splitSentences(body, line).map((sentence) => {
    const text = body.slice(sentence.start, sentence.end);
    return { ...sentence, kind: kind === 'body' && isParentheticalCaption(text) ? 'caption' : kind };
  });
}

/**
 * Splits a report body into sentences (article text and page furniture) with offsets into it.
 * Lines are classified first (navigation, datelines, credits, captions, headlines); article
 * lines are then split into sentences. Every non-space character ends up in exactly one sentence.
 */
export function segmentReport(body: string, { title }: { title?: string | null } = {}): SentenceSpan[] {
  const lines = readLines(body);
  const announced = new Set(lines.flatMap((line) => announcedSection(line.text) ?? []));
  const normalizedTitle = title ? normalizeForComparison(title) : null;
  const pieces: Piece[] = [];
  let hasArticleStarted = false;

  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const text = line.text;
    const nextIsGluedCaption = next !== undefined && !line.isStandalone && gluedCreditStart(next.text) !== null;
    const creditStart = gluedCreditStart(text);

    if (isBoilerplateLine(text) || announced.has(text) || (next && isDuration(next.text) && wordCount(text) <= maxHeadlineWords)) {
      pieces.push(...sentencesOf(body, line, 'boilerplate'));
    } else if (!hasArticleStarted && isGluedBreadcrumb(text)) {
      pieces.push({ ...line, kind: 'boilerplate' });
    } else if (isDateline(text)) {
      pieces.push({ ...line, kind: 'dateline' });
    } else if (isCredit(text)) {
      pieces.push({ ...line, kind: 'credit' });
    } else if (creditStart !== null) {
      pieces.push({ start: line.start, end: line.start + creditStart, kind: 'caption' });
      pieces.push({ start: line.start + creditStart, end: line.end, kind: 'credit' });
    } else if (nextIsGluedCaption && !endsWithPunctuation(text)) {
      pieces.push({ ...line, kind: 'caption' });
    } else if (
      (normalizedTitle !== null && normalizeForComparison(text) === normalizedTitle) ||
      (line.isStandalone && !endsWithPunctuation(text) && wordCount(text) <= maxHeadlineWords && /^[\p{Lu}\p{N}"“‘']/u.test(text))
    ) {
      pieces.push({ ...line, kind: 'headline' });
      hasArticleStarted = true;
    } else {
      pieces.push(...sentencesOf(body, line, 'body'));
      hasArticleStarted = true;
    }
  });

  return pieces.map((piece, index) => ({ index, start: piece.start, end: piece.end, kind: piece.kind, text: body.slice(piece.start, piece.end) }));
}
