import PDFDocument from 'pdfkit';
import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';
import { verdictLabelNames, verdictLabels } from '@/lib/validations/verdict';
import type { ExportContext, ExportEvent, ExportSentenceRow } from '../export-events';
import type { ReportSummary } from '../export-summary';
import { reportName } from '@/lib/format/report-name';
import { isReadableSentence, readableVerdicts } from '../readable-verdicts';

const labelColors = { corroborated: '#1b7f3b', single_source: '#b7791f', disputed: '#c53030' } as const;

function writeSummary(doc: PDFKit.PDFDocument, summary: ReportSummary[]) {
  doc.font('Helvetica-Bold').fontSize(14).text('Summary').moveDown(0.3);
  for (const report of summary) {
    const counts = verdictLabels.map((label) => `${verdictLabelNames[label]} ${report.labels[label]}`).join(' · ');
    const agreement = `alpha ${formatAlpha(report.alpha)}`;
    const percent = report.percentAgreement === null ? '' : `, ${formatShare(report.percentAgreement)} agreement`;
    doc.font('Helvetica-Bold').fontSize(10).text(report.label);
    doc.font('Helvetica').fontSize(10).text(`${counts} · unlabelled ${report.unlabelled} · ${agreement}${percent}`).moveDown(0.4);
  }
}

/** A sentence for review opens with the number the review workspace shows; a line not for review with none. */
function writeSentence(doc: PDFKit.PDFDocument, sentence: ExportSentenceRow, scope: ExportContext['scope']) {
  const line = sentence.sentenceNumber === null ? `${sentence.text} (${sentence.kind})` : `${sentence.sentenceNumber}. ${sentence.text}`;
  doc.font('Times-Roman').fontSize(11).fillColor('black').text(line).moveDown(0.2);
  for (const verdict of sentence.claims.flatMap((claim) => readableVerdicts(claim, scope))) {
    const indent = { indent: 18 };
    if (verdict.claimText) doc.font('Times-Italic').fontSize(10).fillColor('black').text(`Claim: “${verdict.claimText}”`, indent);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(verdict.label ? labelColors[verdict.label] : '#555555').text(verdict.title, { ...indent, continued: verdict.byline !== '' });
    if (verdict.byline) doc.font('Helvetica').fillColor('#555555').text(`  ${verdict.byline}`);
    doc.fillColor('black');
    if (verdict.caveat) doc.font('Helvetica-Oblique').fontSize(10).text(verdict.caveat, indent);
    if (verdict.note) doc.font('Helvetica').fontSize(10).text(verdict.note, indent);
    for (const line of verdict.evidence) doc.font('Helvetica').fontSize(9).text(`• ${line}`, { indent: 28 });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.3);
}

// Sentence lines a report's start must have room for below its heading, or it starts a new page.
const firstLinesOfReport = 4;

/** Whether the page has room for a report's heading, its meta line and its first few sentence lines. */
function hasRoomForReportStart(doc: PDFKit.PDFDocument, heading: string): boolean {
  const headingHeight = doc.font('Helvetica-Bold').fontSize(16).heightOfString(heading);
  const metaHeight = doc.font('Helvetica').fontSize(9).currentLineHeight(true) * 2;
  const linesHeight = doc.font('Times-Roman').fontSize(11).currentLineHeight(true) * firstLinesOfReport;
  return doc.y + doc.currentLineHeight(true) + headingHeight + metaHeight + linesHeight <= doc.page.height - doc.page.margins.bottom;
}

/**
 * The verdict report as a PDF with real text (pdftotext extracts it): the same content as the
 * HTML report. The first report starts on the summary's page when its heading and first lines fit
 * there; each later report starts on a new page. Pages are handed on as pdfkit writes them.
 */
export async function* writePdf(events: AsyncIterable<ExportEvent>, context: ExportContext, { summary }: { summary: ReportSummary[] }): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Verdict report', Creator: 'Fact-check review server' } });
  const written: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => written.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  const takeWritten = () => Buffer.concat(written.splice(0, written.length));

  const scopeName = context.scope === 'final' ? 'Final verdicts' : 'Every reviewer’s verdicts and the final verdicts';
  doc.font('Helvetica-Bold').fontSize(20).text('Verdict report');
  doc.font('Helvetica').fontSize(10).fillColor('#555555').text(`${scopeName} · exported ${context.exportedAt}`).fillColor('black').moveDown();
  writeSummary(doc, summary);
  let isFirstReport = true;
  for await (const event of events) {
    const { report } = event;
    if (event.kind === 'report-start') {
      const heading = reportName(report);
      if (isFirstReport && hasRoomForReportStart(doc, heading)) doc.moveDown();
      else doc.addPage();
      isFirstReport = false;
      doc.font('Helvetica-Bold').fontSize(16).text(heading);
      const meta = [report.outlet, report.publishedOn, `status: ${report.status.replace('_', ' ')}`, report.url].filter(Boolean).join(' · ');
      doc.font('Helvetica').fontSize(9).fillColor('#555555').text(meta).fillColor('black').moveDown();
    } else if (event.kind === 'sentences') {
      for (const sentence of event.sentences) if (isReadableSentence(sentence)) writeSentence(doc, sentence, context.scope);
    }
    const chunk = takeWritten();
    if (chunk.length > 0) yield chunk;
  }
  doc.end();
  await ended;
  yield takeWritten();
}
