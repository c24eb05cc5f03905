import { z } from 'zod';
import { maxPdfBase64Characters, ZPdfBase64 } from './pdf-base64';
import { isStorableDateText } from './storable-date';
import { ZImportStoryId } from './story';
import { ZTypedWebAddress } from './web-address';

export const maxBodyCharacters = 1_000_000;
export const maxHtmlCharacters = 5_000_000;

const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const pageAddress = "the page's web address";

// Blank is no address; one typed without its scheme ("www.example.org/path") is completed to https://.
const optionalUrl = z
  .union([z.literal(''), ZTypedWebAddress(pageAddress)])
  .nullish()
  .transform((value) => (value ? value : null));

const optionalDate = z
  .union([z.literal(''), z.iso.date({ message: 'Publication date must be a date like 2023-04-07' }).refine(isStorableDateText, 'Publication date must be from the year 1 on')])
  .nullish()
  .transform((value) => (value ? value : null));

// Editors type credits as "AP, AFP, Reuters"; the API sends a list.
const credits = z
  .union([z.array(z.string()), z.string()])
  .default([])
  .transform((value) => (typeof value === 'string' ? value.split(',') : value).map((credit) => credit.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100, 'Each credit must be at most 100 characters')).max(20, 'At most 20 credits'));

const bodyRequired = (body: string) => body.trim().length > 0;
const htmlTooLong = `Body must be at most ${maxHtmlCharacters.toLocaleString('en')} characters`;

/** A report's text, or an HTML page. */
const textBody = z.string({ message: 'Body text is required' }).max(maxHtmlCharacters, htmlTooLong).refine(bodyRequired, 'Body text is required');

/**
 * A report to import, from the import form or `POST /api/v1/reports`: text, an HTML page, or a
 * PDF as base64. For an HTML page the fields left blank are taken from the page itself, so only
 * there the outlet may be left out.
 */
export const ZImportReport = z
  .object({
    outlet: z
      .string({ message: 'Outlet is required' })
      .trim()
      .max(200, 'Outlet must be at most 200 characters')
      .nullish()
      .transform((value) => (value ? value : null)),
    title: optionalText('Title', 500),
    url: optionalUrl,
    publishedOn: optionalDate,
    credits,
    notes: optionalText('Notes', 5_000),
    storyId: ZImportStoryId,
    bodyFormat: z.enum(['text', 'html', 'pdf'], { message: 'Body format must be text, html or pdf' }).default('text'),
    // As long as a 5 MB PDF in base64; text and HTML are held to their own limit below.
    body: z
      .string({ message: 'Body text is required' })
      .max(maxPdfBase64Characters, `${htmlTooLong} (a PDF at most 5 MB)`)
      .refine(bodyRequired, 'Body text is required'),
  })
  .superRefine((report, context) => {
    if (report.outlet === null && report.bodyFormat !== 'html') context.addIssue({ code: 'custom', path: ['outlet'], message: 'Outlet is required' });
    const bodyIssues = report.bodyFormat === 'pdf' ? (ZPdfBase64.safeParse(report.body).error?.issues ?? []) : report.body.length > maxHtmlCharacters ? [{ message: htmlTooLong }] : [];
    for (const { message } of bodyIssues.slice(0, 1)) context.addIssue({ code: 'custom', path: ['body'], message });
  });
export type TImportReportInput = z.input<typeof ZImportReport>;
export type TImportReport = z.output<typeof ZImportReport>;

/** A report to import from a page on the web, `POST /api/v1/reports/from-url`: the outlet defaults to the page's host. */
export const ZImportReportFromUrl = z.object({
  url: z.string({ message: "Enter the page's web address" }).trim().min(1, "Enter the page's web address").pipe(ZTypedWebAddress(pageAddress)),
  outlet: optionalText('Outlet', 200),
  title: ZImportReport.shape.title,
  publishedOn: ZImportReport.shape.publishedOn,
  credits: ZImportReport.shape.credits,
  notes: ZImportReport.shape.notes,
  storyId: ZImportStoryId,
});
export type TImportReportFromUrlInput = z.input<typeof ZImportReportFromUrl>;

/** A page on the web to fetch and show before importing it. */
export const ZPreviewReportFromUrl = ZImportReportFromUrl.pick({ url: true });

const reportId = z.uuid({ message: 'reportId must be a report id' });

/** A corrected version of a report's text. */
export const ZReviseReport = z.object({
  reportId,
  bodyFormat: z.enum(['text', 'html'], { message: 'Body format must be text or html' }).default('text'),
  body: textBody,
});
export type TReviseReportInput = z.input<typeof ZReviseReport>;

/** Why, for the audit history: optional, trimmed, at most 2,000 characters. */
export const optionalReason = z
  .string({ message: 'reason must be text' })
  .trim()
  .max(2_000, 'reason must be at most 2,000 characters')
  .nullish()
  .transform((value) => (value ? value : null));

/** A report to delete (one without verdicts), with why, for the audit history. */
export const ZDeleteReport = z.object({ reportId, reason: optionalReason });

/** A report to archive (hide from lists and lock) or bring back, with why, for the audit history. */
export const ZArchiveReport = z.object({ reportId, archived: z.boolean({ message: 'archived must be true or false' }), reason: optionalReason });

/** Metadata of the shipped reports, as in data/reports/reports.json, and the title of the story they form. */
export const ZSeedReportCatalogue = z.object({
  story: z.string().min(1),
  reports: z.array(
    z.object({
      file: z.string().regex(/^[a-z0-9-]+\.txt$/),
      outlet: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      syndicatedCopy: z.string().nullable(),
      publishedOn: z.string().nullable(),
      creditsInText: z.array(z.string()),
      notes: z.string().nullable(),
    }),
  ),
});

/** An HTML page (uploaded or pasted) whose text and details the import form shows before importing it. */
export const ZReadPage = z.object({
  html: textBody,
  url: optionalUrl,
});

/** A PDF whose text the import form shows before importing it. */
export const ZReadPdfText = z.object({ pdf: ZPdfBase64 });

const maxOrphansAtOnce = 1_000;
const orphanIds = (field: string, unit: string) =>
  z
    .array(z.uuid({ message: `Each of ${field} must be a ${unit} id` }), { message: `${field} must be a list of ${unit} ids` })
    .max(maxOrphansAtOnce, `${field} may name at most ${maxOrphansAtOnce.toLocaleString('en')} ${unit}s`)
    .optional()
    .transform((ids) => [...new Set(ids ?? [])]);

/**
 * What a re-import orphaned, to take off the report's orphan list: the sentences and claims named,
 * or (`all`) every orphan not yet dismissed. With why, for the audit history.
 */
export const ZDismissOrphans = z
  .object({
    reportId,
    sentenceIds: orphanIds('sentenceIds', 'sentence'),
    claimIds: orphanIds('claimIds', 'claim'),
    all: z.boolean({ message: 'all must be true or false' }).default(false),
    reason: optionalReason,
  })
  .superRefine((input, context) => {
    const namesSome = input.sentenceIds.length > 0 || input.claimIds.length > 0;
    if (input.all && namesSome) context.addIssue({ code: 'custom', path: ['all'], message: 'Either set all or name sentenceIds and claimIds, not both' });
    if (!input.all && !namesSome) context.addIssue({ code: 'custom', path: ['sentenceIds'], message: 'Name the orphaned sentences or claims to dismiss (sentenceIds, claimIds), or set all' });
  });
export type TDismissOrphansInput = z.input<typeof ZDismissOrphans>;
