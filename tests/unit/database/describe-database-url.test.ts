import { test, expect } from 'vitest';
import { describeDatabaseUrl } from '@/lib/database/describe-database-url';

test('shows host, port and database but never the password', () => {
  const described = describeDatabaseUrl('postgresql://app:s3cret@db.internal:6543/factcheck?sslmode=require');
  expect(described).toBe('db.internal:6543/factcheck');
  expect(described).not.toContain('s3cret');
});
