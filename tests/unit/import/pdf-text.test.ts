import { describe, expect, test } from 'vitest';
import { pdfText } from '@/lib/import/pdf-text';
import { floodReportParagraphs, floodReportPdf } from '../../support/flood-report-pdf';
import { refusal } from '../../support/refusal';
import { drawingOnlyPdf, manyPagesPdf, reportPdf } from '../../support/report-pdf';

const refusalOf = (bytes: Uint8Array) => refusal(() => pdfText(bytes));

describe('pdfText: the text of a PDF made with pdfkit', () => {
  test('a three-page report reads as its title and paragraphs, hyphenation joined, header, footers and page numbers left out', async () => {
    const pdf = await floodReportPdf('A1');
    const result = await pdfText(new Uint8Array(pdf));
    expect(result.text).toBe(floodReportParagraphs('A1').join('\n\n'));
    expect(result.pages).toBe(3);
    expect(result.furniture).toEqual(['Page 1 of 3', 'Ministry of Water - Flood report 2024', 'Page 2 of 3', 'Ministry of Water - Flood report 2024', 'Page 3 of 3']);
  });

  test('the bytes given are left as they were (pdf.js takes a copy)', async () => {
    const pdf = new Uint8Array(await floodReportPdf('B2'));
    const copy = Uint8Array.from(pdf);
    await pdfText(pdf);
    expect(pdf.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(pdf).equals(Buffer.from(copy))).toBe(true);
  });

  test('a one-page note with no furniture keeps every line', async () => {
    const pdf = await reportPdf({ title: 'Note', paragraphs: [['Page 2 of the plan was', 'approved.'], ['3 people came.']] });
    expect(await pdfText(new Uint8Array(pdf))).toEqual({ text: 'Note\n\nPage 2 of the plan was approved.\n\n3 people came.', pages: 1, furniture: [] });
  });
});

describe('pdfText refuses, naming the body', () => {
  test('a PDF with no text layer (drawings only, as a scan is an image)', async () => {
    expect(await refusalOf(new Uint8Array(await drawingOnlyPdf()))).toEqual({ code: 'invalid', field: 'body', message: 'This PDF has no text to import (a scanned image? Paste its text instead)' });
  });

  test('bytes that are not a PDF, and a PDF cut short', async () => {
    const notPdf = { code: 'invalid', field: 'body', message: 'This file is not a readable PDF (damaged, or not a PDF at all)' };
    expect(await refusalOf(new TextEncoder().encode('Just some text, not a PDF at all.'))).toEqual(notPdf);
    expect(await refusalOf(new Uint8Array(Buffer.from('%PDF-1.7\n%garbage\x00\x01\x02')))).toEqual(notPdf);
    const pdf = await floodReportPdf('C3');
    expect(await refusalOf(new Uint8Array(pdf.subarray(0, 600)))).toMatchObject({ field: 'body' });
  });

  test('a PDF locked by a password', async () => {
    const pdf = await reportPdf({ title: 'Locked', paragraphs: [['Secret text.']], userPassword: 'open sesame' });
    expect(await refusalOf(new Uint8Array(pdf))).toEqual({ code: 'invalid', field: 'body', message: 'This PDF is protected by a password: save a copy without it, or paste its text instead' });
  });

  test('more than 500 pages, or more than 5 MB', async () => {
    expect(await refusalOf(new Uint8Array(await manyPagesPdf(501)))).toEqual({ code: 'invalid', field: 'body', message: 'A PDF must have at most 500 pages (this one has 501)' });
    expect(await refusalOf(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({ code: 'invalid', field: 'body', message: 'A PDF must be at most 5 MB' });
  });
});
