import 'server-only';
import { getDocument, Util, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { AppError, isAppError } from '@/lib/errors';
import { findFurniture } from './pdf/furniture';
import { groupLines } from './pdf/group-lines';
import type { PdfPage, PdfTextItem } from './pdf/pdf-line';
import { paragraphsOf } from './pdf/paragraphs';
import { maxPdfBytes, maxPdfPages } from './pdf/pdf-limits';


export type PdfText = {
  /** The paragraphs of the document, separated by blank lines. */
  text: string;
  pages: number;
  /** The lines left out as running headers, footers and page numbers, in reading order. */
  furniture: string[];
};

const refused = (message: string) => new AppError('invalid', message, 'body');
const unreadable = () => refused('This file is not a readable PDF (damaged, or not a PDF at all)');

async function openDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes the buffer it is given (transferred, then detached), so it gets a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw refused('This PDF is protected by a password: save a copy without it, or paste its text instead');
    throw unreadable();
  }
}

/** A page's horizontal text, in the page's upright view (rotation and crop applied). */
async function pageItems(page: PDFPageProxy): Promise<{ items: PdfTextItem[]; height: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) => {
    if (!('str' in item)) return [];
    const [a, b, c, d, x, y] = Util.transform(viewport.transform, (item as TextItem).transform) as number[];
    // Text turned on the page (a watermark, a label up the margin) is not part of the prose.
    if (!(a !== undefined && b !== undefined && a > 0 && Math.abs(b) <= 0.01 * a)) return [];
    return [{ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, height: Math.hypot(c ?? 0, d ?? 0) }];
  });
  return { items, height: viewport.height };
}

/**
 * The text of a PDF's text layer, as paragraphs: lines re-flowed, words a line-end hyphen broke
 * joined, and running headers, footers and page numbers left out. Refuses (on `body`) a file
 * pdf.js cannot read, one locked by a password, one of more than 500 pages or 5 MB, and one
 * with no text (a scanned image).
 */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  if (bytes.byteLength > maxPdfBytes) throw refused(`A PDF must be at most ${maxPdfBytes / 1024 / 1024} MB`);
  const document = await openDocument(bytes);
  try {
    if (document.numPages > maxPdfPages) throw refused(`A PDF must have at most ${maxPdfPages} pages (this one has ${document.numPages})`);
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { items, height } = await pageItems(page);
      page.cleanup();
      pages.push({ lines: groupLines(items), height });
    }
    const furniture = findFurniture(pages);
    const bodyLines = pages.map((page, index) => page.lines.filter((_line, line) => !furniture[index]?.has(line)));
    const text = paragraphsOf(bodyLines).join('\n\n');
    if (!text.trim()) throw refused('This PDF has no text to import (a scanned image? Paste its text instead)');
    return { text, pages: pages.length, furniture: pages.flatMap((page, index) => page.lines.filter((_line, line) => furniture[index]?.has(line)).map((line) => line.text)) };
  } catch (error) {
    throw isAppError(error) ? error : unreadable();
  } finally {
    await document.destroy();
  }
}
