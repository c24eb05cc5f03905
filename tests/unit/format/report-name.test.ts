import { expect, test } from 'vitest';
import { reportName } from '@/lib/format/report-name';

test('a report is named by its title, else its outlet and publication date, else the day it was imported', () => {
  expect(reportName({ title: 'US and Asian allies urge support', outlet: 'DW', publishedOn: '2023-04-07' })).toBe('US and Asian allies urge support');
  expect(reportName({ title: null, outlet: 'Reuters', publishedOn: '2023-04-07', createdAt: new Date('2026-12-03T10:00:00Z') })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'Reuters', publishedOn: new Date('2023-04-07T00:00:00Z') })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'HTML Times', publishedOn: null, createdAt: '2026-12-03T23:30:00Z' })).toBe('HTML Times, imported 3 December 2026');
  expect(reportName({ title: '', outlet: 'Reuters', publishedOn: '2023-04-07' })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'Reuters' })).toBe('Reuters');
});
