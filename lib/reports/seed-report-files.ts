import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ZSeedReportCatalogue } from '@/lib/validations/report';
import type { NewReport } from './store-report';

export const seedReportsDir = path.join(process.cwd(), 'data', 'reports');

function readCatalogue() {
  return ZSeedReportCatalogue.parse(JSON.parse(readFileSync(path.join(seedReportsDir, 'reports.json'), 'utf8')));
}

/** The title of the story the shipped reports form (reports.json's `story`). */
export function readSeedStoryTitle(): string {
  return readCatalogue().story;
}

/** The reports the project ships with: metadata from reports.json, bodies read byte-for-byte. */
export function readSeedReports(): NewReport[] {
  const catalogue = readCatalogue();
  return catalogue.reports.map((entry) => ({
    slug: entry.file.replace(/\.txt$/, ''),
    outlet: entry.outlet,
    title: entry.title,
    url: entry.url,
    syndicatedCopyUrl: entry.syndicatedCopy,
    publishedOn: entry.publishedOn,
    creditsInText: entry.creditsInText,
    notes: entry.notes,
    sourceFile: entry.file,
    body: readFileSync(path.join(seedReportsDir, entry.file), 'utf8'),
  }));
}
