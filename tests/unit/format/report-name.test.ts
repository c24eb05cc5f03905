import { expect, test } from 'vitest';
import { reportLabel, reportName } from '@/lib/format/report-name';

test('a report is named by its title, else its outlet and publication date, else the day it was imported', () => {
  expect(reportName({ title: 'US and Asian allies urge support', outlet: 'DW', publishedOn: '2023-04-07' })).toBe('US and Asian allies urge support');
  expect(reportName({ title: null, outlet: 'Reuters', publishedOn: '2023-04-07', createdAt: new Date('2026-12-03T10:00:00Z') })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'Reuters', publishedOn: new Date('2023-04-07T00:00:00Z') })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'HTML Times', publishedOn: null, createdAt: '2026-12-03T23:30:00Z' })).toBe('HTML Times, imported 3 December 2026');
  expect(reportName({ title: '', outlet: 'Reuters', publishedOn: '2023-04-07' })).toBe('Reuters, 7 April 2023');
  expect(reportName({ title: null, outlet: 'Reuters' })).toBe('Reuters');
});

test('a list to pick from adds the outlet and publication date to a title, so reports with one title differ', () => {
  expect(reportLabel({ title: 'Envoys meet', outlet: 'DW', publishedOn: '2023-04-07' })).toBe('Envoys meet (DW, 7 April 2023)');
  expect(reportLabel({ title: 'Envoys meet', outlet: 'Harbour Wire', publishedOn: null })).toBe('Envoys meet (Harbour Wire)');
  expect(reportLabel({ title: 'Envoys meet', outlet: 'Harbour Wire', publishedOn: null, createdAt: new Date('2026-12-03T10:00:00Z') })).toBe('Envoys meet (Harbour Wire, imported 3 December 2026)');
  expect(reportLabel({ title: null, outlet: 'Reuters', publishedOn: '2023-04-07' })).toBe('Reuters, 7 April 2023');
  expect(reportLabel({ title: null, outlet: 'Reuters', name: 'Reuters, imported 3 December 2026' })).toBe('Reuters, imported 3 December 2026');
});
