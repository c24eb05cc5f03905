import { expect, test } from 'vitest';
import { readableChanges } from '@/lib/audit-history/readable-changes';

const references = { sentences: new Map(), claims: new Map(), users: new Map([['u1', 'Ana Reyes']]), reports: new Map() };

// A token's beginning is random characters a person compares with their own copy, so the history
// quotes it as written: "fct_l-1SR8" must not read like a stored value name.
test('the history quotes the beginning of an API token as written, marked as only its beginning', () => {
  const changes = readableChanges('api_token.issued', null, { userId: 'u1', name: 'laptop', prefix: 'fct_l-1SR8' }, references);
  expect(changes.find((change) => change.field === 'Token begins')).toEqual({ field: 'Token begins', before: [], after: ['“fct_l-1SR8…”'] });
});
