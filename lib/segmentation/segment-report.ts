import {
  announcedSection,
  endsWithPunctuation,
  endsWithSentence,
  gluedCreditStart,
  isBoilerplateLine,
  isCredit,
  isDuration,
  isGluedBreadcrumb,
  isParentheticalCaption,
  wordCount,
} from './line-patterns';
import { gluedDatelineLength, isDateline } from './datelines';
import { groupHardWrappedLines } from './hard-wraps';
import { listItemStarts } from './list-items';
import { splitSentences } from './split-sentences';
import { splitLines, trimSpan, type Span } from './text-span';
import type { SentenceKind, SentenceSpan } from './sentence-kind';

type Line = Span & { text: string; isStandalone: boolean };
type Piece = Span & { kind: SentenceKind };

const maxHeadlineWords = 20;
const maxSubheadingWords = 10;

function normalizeForComparison(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}

// Lines as the classifier sees them: a run of hard-wrapped lines is one line, its newlines read
// as spaces (one for one, so that offsets into the line stay offsets into the body).
function readLines(body: string): Line[] {
  const isBlankBetween = (from: number, to: number) => /\n[^\S\n]*\n/u.test(body.slice(from, to));
  const paragraphs: Span[][] = [];
  splitLines(body).forEach((span, i, spans) => {
    const previous = spans[i - 1];
    const paragraph = paragraphs.at(-1);
    if (paragraph && previous && !isBlankBetween(previous.end, span.start)) paragraph.push(span);
    else paragraphs.push([span]);
  });
  return paragraphs.flatMap((paragraph) =>
    groupHardWrappedLines(body, paragraph).map((group, i, groups) => {
      const start = group[0]?.start ?? 0;
      const end = group.at(-1)?.end ?? start;
      return { start, end, text: body.slice(start, end).replace(/[\r\n]/g, ' '), isStandalone: groups.length === 1 };
    }),
  );
}

function sentencesOf(body: string, line: Span, kind: SentenceKind): Piece[] {
  return splitSentences(body, line).map((sentence) => {
    const text = body.slice(sentence.start, sentence.end);
    return { ...sentence, kind: kind === 'body' && isParentheticalCaption(text) ? 'caption' : kind };
  });
}

// A subheading set between two paragraphs with no blank line around it: a short line that ends
// no sentence, coming after one that does (or first) and before one that does (or a dateline).
function isSubheading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  return (
    next !== undefined &&
    (endsWithSentence(next.text) || isDateline(next.text)) &&
    (previous === undefined || endsWithSentence(previous.text)) &&
    !endsWithPunctuation(line.text) &&
    wordCount(line.text) <= maxSubheadingWords &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line.text)
  );
}

function bodyPieces(body: string, line: Line): Piece[] {
  const datelineLength = gluedDatelineLength(line.text.slice(0, 120));
  if (datelineLength === null) return sentencesOf(body, line, 'body');
  const dateline = trimSpan(body, { start: line.start, end: line.start + datelineLength });
  const datelinePieces: Piece[] = dateline ? [{ ...dateline, kind: 'dateline' }] : [];
  return [...datelinePieces, ...sentencesOf(body, { start: line.start + datelineLength, end: line.end }, 'body')];
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
    const previous = lines[i - 1];
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
      (line.isStandalone && !endsWithPunctuation(text) && wordCount(text) <= maxHeadlineWords && /^[\p{Lu}\p{N}"“‘']/u.test(text) && listItemStarts(body, line).length === 0) ||
      isSubheading(line, previous, next)
    ) {
      pieces.push({ ...line, kind: 'headline' });
      hasArticleStarted = true;
    } else {
      pieces.push(...bodyPieces(body, line));
      hasArticleStarted = true;
    }
  });

  return pieces.map((piece, index) => ({ index, start: piece.start, end: piece.end, kind: piece.kind, text: body.slice(piece.start, piece.end) }));
}
