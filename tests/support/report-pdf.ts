import PDFDocument from 'pdfkit';

export type ReportPdf = {
  title: string;
  /** Each paragraph as the lines it is set in (short enough that pdfkit wraps none of them). */
  paragraphs: string[][];
  /** A running header on every page but the first. */
  header?: string;
  /** A footer "Page N of M" on every page. */
  pageFooter?: boolean;
  /** Small pages, so that a few lines run over onto the next one. */
  size?: [number, number];
  /** A password the PDF is encrypted with. */
  userPassword?: string;
};

function written(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

/** Text outside the margins, where pdfkit would otherwise start a new page. */
function writeInMargin(doc: PDFKit.PDFDocument, text: string, y: number) {
  const { bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  doc.font('Helvetica').fontSize(8).text(text, doc.page.margins.left, y, { lineBreak: false });
  doc.page.margins.bottom = bottom;
}

/** A PDF with real text, written by pdfkit as a report would be set: a title, paragraphs, running header and footer. */
export async function reportPdf({ title, paragraphs, header, pageFooter = false, size = [360, 300], userPassword }: ReportPdf): Promise<Buffer> {
  const doc = new PDFDocument({ size, margin: 48, bufferPages: true, ...(userPassword && { userPassword }) });
  const pdf = written(doc);
  doc.font('Helvetica-Bold').fontSize(16).text(title).moveDown(0.5);
  doc.font('Times-Roman').fontSize(11);
  paragraphs.forEach((lines, index) => {
    if (index > 0) doc.moveDown(0.8);
    doc.text(lines.join('\n'));
  });
  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page += 1) {
    doc.switchToPage(page);
    if (header && page > 0) writeInMargin(doc, header, 20);
    if (pageFooter) writeInMargin(doc, `Page ${page + 1} of ${count}`, doc.page.height - 28);
  }
  doc.end();
  return pdf;
}

/** A PDF whose pages hold only drawings, as a scan holds only an image: no text layer. */
export async function drawingOnlyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [300, 300] });
  const pdf = written(doc);
  doc.rect(40, 40, 200, 120).fill('#777777');
  doc.circle(150, 220, 40).stroke();
  doc.end();
  return pdf;
}

/** A PDF of `pages` pages, each with one line of text. */
export async function manyPagesPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: [200, 200], autoFirstPage: false });
  const pdf = written(doc);
  for (let page = 1; page <= pages; page += 1) doc.addPage().fontSize(10).text(`Line of page ${page}.`);
  doc.end();
  return pdf;
}

/** A one-page PDF of one line, made larger than `bytes` by a long keywords entry that adds no text to the page. */
export async function paddedPdf(bytes: number, text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: [300, 300], info: { Keywords: 'k'.repeat(bytes) } });
  const pdf = written(doc);
  doc.fontSize(11).text(text);
  doc.end();
  return pdf;
}
