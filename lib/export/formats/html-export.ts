import escapeHtml from 'escape-html';
import { formatAlpha, formatShare } from '@/lib/agreement/format-agreement';
import { verdictLabelNames, verdictLabels } from '@/lib/validations/verdict';
import type { ExportReportFields } from '@/lib/validations/export-document';
import type { ExportContext, ExportEvent, ExportSentenceRow } from '../export-events';
import type { ReportSummary } from '../export-summary';
import { isWebAddress } from '@/lib/format/is-web-address';
import { reportName } from '@/lib/format/report-name';
import { claimLink } from '../claim-link';
import { isReadableSentence, readableVerdicts, type ReadableVerdict } from '../readable-verdicts';

const styles = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, th, .meta, .byline { font-family: system-ui, sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.meta, .byline { color: #555; font-size: .85rem; }
ol.sentences { padding-left: 2.5rem; }
ol.sentences > li { margin: 0 0 1rem; }
ol.sentences > li.line { list-style: none; }
.verdict { border-left: 4px solid #999; padding: .2rem .7rem; margin: .4rem 0; }
.verdict.corroborated { border-color: #1b7f3b; }
.verdict.single_source { border-color: #b7791f; }
.verdict.disputed { border-color: #c53030; }
.verdict .title { font-weight: bold; font-family: system-ui, sans-serif; }
.claim { font-style: italic; }
.note { white-space: pre-wrap; }
.caveat { font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  article { break-before: page; }
  .verdict, tr { break-inside: avoid; }
  a[href]::after { content: ' (' attr(href) ')'; font-size: .8em; color: #555; }
}`;

function summaryTable(summary: ReportSummary[]): string {
  const header = ['Report', 'Outlet', ...verdictLabels.map((label) => verdictLabelNames[label]), 'Unlabelled', 'Alpha', 'Agreement'];
  const rows = summary.map((report) => {
    const cells = [...verdictLabels.map((label) => String(report.labels[label])), String(report.unlabelled), formatAlpha(report.alpha), formatShare(report.percentAgreement)];
    return `<tr><td><a href="#report-${escapeHtml(report.id)}">${escapeHtml(report.name)}</a></td><td>${escapeHtml(report.outlet)}</td>${cells.map((cell) => `<td class="number">${cell}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${header.map((cell, index) => `<th${index > 1 ? ' class="number"' : ''}>${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function verdictHtml(verdict: ReadableVerdict): string {
  const parts = [
    verdict.claimText ? `<div class="claim">Claim: “${escapeHtml(verdict.claimText)}”</div>` : '',
    `<div><span class="title">${escapeHtml(verdict.title)}</span> <span class="byline">${escapeHtml(verdict.byline)}</span></div>`,
    verdict.caveat ? `<div class="caveat">${escapeHtml(verdict.caveat)}</div>` : '',
    verdict.note ? `<div class="note">${escapeHtml(verdict.note)}</div>` : '',
    verdict.evidence.length > 0 ? `<ul class="evidence">${verdict.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '',
  ];
  return `<div class="verdict ${verdict.label ?? 'none'}">${parts.join('')}</div>`;
}

/**
 * A sentence with each claim's verdicts and a link opening the claim in the review server.
 * Sentences for review carry the number the workspace shows; lines not for review have none.
 */
function sentenceHtml(report: ExportReportFields, sentence: ExportSentenceRow, context: ExportContext): string {
  const claims = sentence.claims.map((claim) => {
    const link = `<p class="meta"><a href="${escapeHtml(claimLink(context.origin, report.id, claim.id))}">Open this claim in the review server</a></p>`;
    return `${readableVerdicts(claim, context.scope).map(verdictHtml).join('')}${link}`;
  });
  const kind = sentence.kind === 'body' ? '' : ` <span class="meta">(${escapeHtml(sentence.kind)})</span>`;
  const item = sentence.sentenceNumber === null ? '<li class="line">' : `<li value="${sentence.sentenceNumber}">`;
  return `${item}<p>${escapeHtml(sentence.text)}${kind}</p>${claims.join('')}</li>`;
}

/** A readable verdict report: summary figures, then each report's sentences with their verdicts. */
export async function* writeHtml(events: AsyncIterable<ExportEvent>, context: ExportContext, { summary }: { summary: ReportSummary[] }): AsyncGenerator<string> {
  const scopeName = context.scope === 'final' ? 'Final verdicts' : 'Every reviewer’s verdicts and the final verdicts';
  yield `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Verdict report</title><style>${styles}</style></head><body>`;
  yield `<header><h1>Verdict report</h1><p class="meta">${escapeHtml(scopeName)} · exported ${escapeHtml(context.exportedAt)}</p></header>`;
  yield `<section><h2>Summary</h2>${summaryTable(summary)}</section>`;
  for await (const event of events) {
    const { report } = event;
    if (event.kind === 'report-start') {
      const meta = [report.outlet, report.publishedOn, `status: ${report.status.replace('_', ' ')}`].filter(Boolean).map((part) => escapeHtml(part));
      const link = isWebAddress(report.url) ? ` · <a href="${escapeHtml(report.url)}">${escapeHtml(report.url)}</a>` : '';
      yield `<article id="report-${escapeHtml(report.id)}"><h2>${escapeHtml(reportName(report))}</h2><p class="meta">${meta.join(' · ')}${link}</p><ol class="sentences">`;
    } else if (event.kind === 'sentences') {
      yield event.sentences
        .filter(isReadableSentence)
        .map((sentence) => sentenceHtml(report, sentence, context))
        .join('\n');
    } else {
      yield '</ol></article>\n';
    }
  }
  yield '</body></html>\n';
}
