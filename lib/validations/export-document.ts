import { z } from 'zod';
import { ZWebAddress } from './web-address';
import { isStorableDateText } from './storable-date';
import { evidenceRelations, verdictLabels } from './verdict';

// The `json` export, nested report → sentences → claims → verdicts → evidence. The same schema
// reads it back on restore and, through `npm run export:schema`, is published as a JSON Schema in
// public/schemas/, so the document, the restore and the documentation cannot drift apart.

export const exportFormats = ['csv', 'json', 'claimreview', 'annotations', 'html', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportScopes = ['final', 'all'] as const;
export type ExportScope = (typeof exportScopes)[number];

export const exportDocumentFormat = 'factcheck-verdict-export';
export const exportSchemaPath = '/schemas/verdict-export.schema.json';

const ZTimestamp = z.iso
  .datetime({ message: 'must be an ISO 8601 time such as 2023-04-07T09:00:00.000Z' })
  .refine(isStorableDateText, 'must be a time from the year 1 on');
// Offsets, indexes, versions and revisions are PostgreSQL integers. Checked by refinements, like
// the year above, which the published JSON Schema leaves out: documents this server writes never
// come near the limits.
const largestInteger = 2_147_483_647;
const ZCount = (min: number) =>
  z
    .number()
    .int()
    .min(min)
    .refine((value) => value <= largestInteger, `must be at most ${largestInteger.toLocaleString('en')}`);
const ZId = z.uuid({ message: 'must be a UUID' });
const ZLabel = z.enum(verdictLabels);
const ZRelation = z.enum(evidenceRelations);

const ZPerson = z
  .object({ name: z.string().min(1), email: z.email({ message: 'must be an email address' }) })
  .describe('A user of the review server, matched by email on restore.');

const ZSentenceEvidence = z
  .object({
    kind: z.literal('sentence'),
    relation: ZRelation,
    sentenceId: ZId,
    reportSlug: z.string(),
    outlet: z.string(),
    sentenceIndex: z.number().int().describe('The sentence’s stored position among all lines of its report, counting from 0.'),
    sentenceNumber: ZCount(1)
      .nullable()
      .optional()
      .describe('The number the review workspace shows (“sentence N”, counting the report’s current sentences for review from 1); null for a line not for review. Computed at export (restore ignores it).'),
    text: z.string(),
  })
  .describe('A sentence of a report in this export; outlet, index, number and text are copies for readers.');

const ZOutsideEvidence = z
  .object({ kind: z.literal('url'), relation: ZRelation, url: ZWebAddress("the evidence's web address"), quote: z.string().nullable() })
  .describe('A page outside the server, with the words quoted from it.');

const ZEvidence = z.discriminatedUnion('kind', [ZSentenceEvidence, ZOutsideEvidence]);

const ZVerdictCommon = {
  id: ZId,
  label: ZLabel,
  note: z.string(),
  version: ZCount(1),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  evidence: z.array(ZEvidence),
};

const ZReviewerVerdict = z.object({ ...ZVerdictCommon, reviewer: ZPerson }).describe("One reviewer's verdict on the claim.");

const ZFinalVerdict = z
  .object({
    ...ZVerdictCommon,
    basis: z.enum(['editor', 'majority', 'consensus']),
    decidedBy: ZPerson,
    independentSupport: z
      .boolean()
      .optional()
      .describe('Corroborated verdicts only: whether a supporting source is independent of the claim’s report. Computed at export (restore ignores it); a corroborated verdict without one is left out of ClaimReview.'),
    independenceReasons: z.array(z.string()).optional().describe('When independentSupport is false: why each supporting source does not count.'),
  })
  .describe('The verdict an editor settled on: the one that is published.');

const ZClaim = z.object({
  id: ZId,
  start: ZCount(0),
  end: ZCount(0),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  isDefault: z.boolean(),
  finalVerdict: ZFinalVerdict.nullable(),
  verdicts: z.array(ZReviewerVerdict).optional().describe('Every reviewer verdict; present only when the scope is "all".'),
});

const ZSentence = z.object({
  id: ZId,
  index: ZCount(0).describe('The stored position in the report’s order of lines (every kind), counting from 0: the order restore keeps. Not the number the review workspace shows (sentenceNumber).'),
  sentenceNumber: ZCount(1)
    .nullable()
    .optional()
    .describe('The number the review workspace shows (“sentence N”): the sentence’s place among the report’s current sentences for review (kind body), counting from 1; null for lines not for review. Computed at export (restore ignores it).'),
  start: ZCount(0),
  end: ZCount(0),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  kind: z.enum(['body', 'headline', 'dateline', 'caption', 'credit', 'boilerplate']),
  detectedKind: z.enum(['body', 'headline', 'dateline', 'caption', 'credit', 'boilerplate']),
  claims: z.array(ZClaim),
});

export const ZExportReportFields = z.object({
  id: ZId,
  slug: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().nullable(),
  url: ZWebAddress("the report's web address").nullable(),
  syndicatedCopyUrl: ZWebAddress("the syndicated copy's web address").nullable(),
  publishedOn: z.iso.date({ message: 'must be a date such as 2023-04-07' }).refine(isStorableDateText, 'must be a date from the year 1 on').nullable(),
  creditsInText: z.array(z.string()),
  notes: z.string().nullable(),
  revision: ZCount(1),
  importedAt: ZTimestamp,
  status: z.enum(['in_review', 'in_adjudication', 'approved']),
  blindReview: z.boolean(),
  adjudicateSingleVerdicts: z.boolean(),
  body: z.string().min(1).describe('The report text exactly as imported; every start and end indexes into it.'),
});

const ZReport = ZExportReportFields.extend({ sentences: z.array(ZSentence) });

export const ZExportDocument = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(exportDocumentFormat),
    formatVersion: z.literal(1),
    scope: z.enum(exportScopes),
    exportedAt: ZTimestamp,
    reports: z.array(ZReport),
  })
  .describe('Verdicts exported from the fact-check review server. Current sentences and claims only: orphaned units and removed claims are left out.');

export type ExportDocument = z.infer<typeof ZExportDocument>;
export type ExportReportFields = z.infer<typeof ZExportReportFields>;
export type ExportSentence = z.infer<typeof ZSentence>;
export type ExportClaim = z.infer<typeof ZClaim>;
export type ExportReviewerVerdict = z.infer<typeof ZReviewerVerdict>;
export type ExportFinalVerdict = z.infer<typeof ZFinalVerdict>;
export type ExportEvidence = z.infer<typeof ZEvidence>;

export const ZExportRequest = z.object({
  format: z.enum(exportFormats, { message: `format must be one of ${exportFormats.join(', ')}` }),
  scope: z.enum(exportScopes, { message: 'scope must be final or all' }).default('final'),
  // The export form sends an empty reportId for "all reports".
  reportId: z.preprocess((value) => (value === '' ? undefined : value), z.uuid({ message: 'reportId must be a report id' }).optional()),
  bom: z.enum(['true', 'false'], { message: 'bom must be true or false' }).default('false').transform((value) => value === 'true'),
});
export type ExportRequest = z.infer<typeof ZExportRequest>;
