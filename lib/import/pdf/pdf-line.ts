/** A run of text pdf.js found on a page, in page units with y growing downwards (the viewport's). */
export type PdfTextItem = { text: string; x: number; y: number; width: number; height: number };

/** One line of a page: its items joined in reading order, at the baseline `y`, `height` its largest font size. */
export type PdfLine = { text: string; x: number; right: number; y: number; height: number };

/** A page's lines, top to bottom, and its height (for the bands where headers and footers sit). */
export type PdfPage = { lines: PdfLine[]; height: number };
