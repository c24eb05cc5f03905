import { expect, test } from 'vitest';
import { readSeedReports } from '@/lib/reports/seed-report-files';

// Reviewers read these notes on each report's page: what the file holds (characters, page furniture) is for developers.
test("the shipped reports' notes are the editor's, for reviewers: nothing about the file's characters or page furniture", () => {
  const notes = readSeedReports().map((report) => report.notes ?? '');
  expect(notes.filter(Boolean)).toHaveLength(3);
  for (const note of notes) expect(note).not.toMatch(/U\+[0-9A-F]{4}|non-breaking|curly quotes|boilerplate|navigation|widget/i);
  expect(notes.join(' ')).toContain('not independent of the Reuters report');
});
