import { expect, test } from 'vitest';
import { diffAuditValues } from '@/lib/audit/audit-diff';

const verdict = { label: 'single_source', note: 'Only Reuters', version: 1, evidence: [] as object[] };

test('a change lists only the values that differ, by dotted path', () => {
  const changed = { ...verdict, label: 'disputed', version: 2, evidence: [{ url: 'https://example.test', quote: 'No', relation: 'contradicts' }] };
  expect(diffAuditValues(verdict, changed)).toEqual([
    { path: 'label', before: 'single_source', after: 'disputed' },
    { path: 'version', before: 1, after: 2 },
    { path: 'evidence.0.url', before: undefined, after: 'https://example.test' },
    { path: 'evidence.0.quote', before: undefined, after: 'No' },
    { path: 'evidence.0.relation', before: undefined, after: 'contradicts' },
  ]);
  expect(diffAuditValues(changed, verdict).map((change) => change.path)).not.toContain('evidence');
});

test('a creation lists what was created and a removal what was removed, empty lists included', () => {
  expect(diffAuditValues(null, verdict)).toEqual([
    { path: 'label', before: undefined, after: 'single_source' },
    { path: 'note', before: undefined, after: 'Only Reuters' },
    { path: 'version', before: undefined, after: 1 },
    { path: 'evidence', before: undefined, after: [] },
  ]);
  expect(diffAuditValues({ kind: 'body' }, null)).toEqual([{ path: 'kind', before: 'body', after: undefined }]);
});

test('an unchanged record and two empty sides have no changes', () => {
  expect(diffAuditValues(verdict, { ...verdict })).toEqual([]);
  expect(diffAuditValues(null, null)).toEqual([]);
});
