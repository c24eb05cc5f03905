import { expect, test } from 'vitest';
import { encodeAuditCursor, ZAuditQuery } from '@/lib/validations/audit-query';
import { ZExportDocument } from '@/lib/validations/export-document';
import { parseInput } from '@/lib/validations/parse-input';
import { ZImportReport } from '@/lib/validations/report';
import { setPath } from '../../support/api-fuzz/fuzz-case';
import { validExportDocument } from '../../support/api-fuzz/restore-cases';

// Values every format check passes but PostgreSQL refuses: they must be refused as input (422
// naming the field), not fail in the query after the request was judged valid.

function fieldRefused(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  return undefined;
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

test('audit filters refuse dates before the year 1, and cursors past a bigint', () => {
  expect(fieldRefused(() => parseInput(ZAuditQuery, { from: '0000-01-01' }))).toBe('from');
  expect(fieldRefused(() => parseInput(ZAuditQuery, { to: '0000-06-30T12:00:00Z' }))).toBe('to');
  expect(fieldRefused(() => parseInput(ZAuditQuery, { cursor: base64url('2026-01-01T00:00:00.000Z|9223372036854775808') }))).toBe('cursor');
  expect(fieldRefused(() => parseInput(ZAuditQuery, { cursor: base64url('0000-01-01T00:00:00.000Z|5') }))).toBe('cursor');

  const largest = encodeAuditCursor({ createdAt: new Date('2026-01-01T00:00:00.000Z'), sequence: 2n ** 63n - 1n });
  expect(parseInput(ZAuditQuery, { from: '0001-01-01', to: '9999-12-31', cursor: largest })).toMatchObject({ cursor: { sequence: 2n ** 63n - 1n } });
});

test('a report’s publication date must be from the year 1 on', () => {
  expect(fieldRefused(() => parseInput(ZImportReport, { outlet: 'Wire', body: 'Text.', publishedOn: '0000-01-01' }))).toBe('publishedOn');
  expect(parseInput(ZImportReport, { outlet: 'Wire', body: 'Text.', publishedOn: '0001-01-01' })).toMatchObject({ publishedOn: '0001-01-01' });
});

test('an export to restore keeps offsets, versions and revisions within PostgreSQL integers, and times from the year 1 on', () => {
  const document = validExportDocument('admin@newsroom.test');
  const sentence = 'reports.0.sentences.0';
  for (const field of [`${sentence}.index`, `${sentence}.end`, `${sentence}.claims.0.start`, `${sentence}.claims.0.verdicts.0.version`, 'reports.0.revision']) {
    expect(fieldRefused(() => parseInput(ZExportDocument, setPath(document, field, 2 ** 31)))).toBe(field);
  }
  for (const field of ['reports.0.importedAt', `${sentence}.claims.0.finalVerdict.createdAt`]) {
    expect(fieldRefused(() => parseInput(ZExportDocument, setPath(document, field, '0000-01-01T00:00:00.000Z')))).toBe(field);
  }
  expect(fieldRefused(() => parseInput(ZExportDocument, setPath(document, 'reports.0.publishedOn', '0000-01-01')))).toBe('reports.0.publishedOn');
  expect(parseInput(ZExportDocument, setPath(document, `${sentence}.index`, 2 ** 31 - 1))).toBeTruthy();
});
