import { expect, test } from 'vitest';
import { db } from '@/lib/db';
import { seedDatabase } from '@/lib/seed/seed-database';
import { segmentReport } from '@/lib/segmentation/segment-report';

test('the shipped reports are stored with the sentences the segmenter finds', async () => {
  await seedDatabase();
  const reports = await db.report.findMany({ where: { sourceFile: { not: null } }, include: { sentences: { orderBy: { index: 'asc' } } } });
  expect(reports).toHaveLength(3);
  for (const report of reports) {
    const found = segmentReport(report.body, { title: report.title });
    expect(report.sentences.map(({ index, start, end, kind, text }) => ({ index, start, end, kind, text }))).toEqual(found);
  }
  expect(Object.fromEntries(reports.map((report) => [report.slug, report.sentences.filter((s) => s.kind === 'body').length]))).toEqual({
    reuters: 14,
    dw: 11,
    ipdefenseforum: 16,
  });
});
