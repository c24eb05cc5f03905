import { z } from 'zod';

const ZIsoDate = z.iso.date({ message: 'publishedOn must be a date like 2023-04-07' });

/** Metadata of one report, as in data/reports/reports.json. */
export const ZReportMetadata = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'file must be a lower-case .txt file name'),
  outlet: z.string().trim().min(1, 'outlet is required'),
  title: z.string().trim().min(1).nullable(),
  url: z.url({ message: 'url must be a URL' }).nullable(),
  syndicatedCopy: z.url({ message: 'syndicatedCopy must be a URL' }).nullable(),
  publishedOn: ZIsoDate.nullable(),
  creditsInText: z.array(z.string().trim().min(1)),
  notes: z.string().nullable(),
});
export type TReportMetadata = z.infer<typeof ZReportMetadata>;

export const ZReportCatalogue = z.object({ reports: z.array(ZReportMetadata).min(1) });

export const ZImportReport = z.object({
  metadata: ZReportMetadata,
  body: z.string().min(1, 'body must not be empty').max(1_000_000, 'body must be at most 1,000,000 characters'),
});
