import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ZReportCatalogue, type TReportMetadata } from '@/lib/validations/report';

export const seedReportsDir = path.resolve(process.cwd(), 'data/reports');

/** The reports the project ships with: metadata from reports.json, bodies read byte-for-byte. */
export function readSeedReports(dir = seedReportsDir): { metadata: TReportMetadata; body: string }[] {
  const catalogue = ZReportCatalogue.parse(JSON.parse(readFileSync(path.join(dir, 'reports.json'), 'utf8')));
  return catalogue.reports.map((metadata) => ({
    metadata,
    body: readFileSync(path.join(dir, metadata.file), 'utf8'),
  }));
}
