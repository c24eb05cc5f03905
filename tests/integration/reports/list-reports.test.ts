import { test, expect, beforeAll } from 'vitest';
import { listReports } from '@/lib/reports/list-reports';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestUser } from '../../support/factories';

beforeAll(async () => {
  await seedDatabase();
});

test('lists every report with id, display name, outlet, title, date and review status, by outlet', async () => {
  const { actor } = await createTestUser();
  const { items, nextCursor } = await listReports({ actor });
  expect(nextCursor).toBeNull();
  expect(items.map((report) => report.outlet)).toEqual(['DW (Deutsche Welle)', 'Indo-Pacific Defense FORUM', 'Reuters']);
  expect(items[2]?.name).toBe('Reuters, 7 April 2023');
  expect(items[0]).toEqual({
    id: expect.any(String),
    name: 'US and Asian allies urge support for North Korea worker ban',
    outlet: 'DW (Deutsche Welle)',
    title: 'US and Asian allies urge support for North Korea worker ban',
    publishedOn: '2023-04-07',
    importedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    status: 'in_review',
    archivedAt: null,
  });
});

test('pages through reports with a cursor', async () => {
  const { actor } = await createTestUser();
  const first = await listReports({ actor, input: { limit: 2 } });
  expect(first.items).toHaveLength(2);
  const second = await listReports({ actor, input: { limit: 2, cursor: first.nextCursor } });
  expect(second).toMatchObject({ nextCursor: null, items: [{ outlet: 'Reuters' }] });
});

test('refuses a bad limit naming the field', async () => {
  const { actor } = await createTestUser();
  await expect(listReports({ actor, input: { limit: '0' } })).rejects.toMatchObject({ code: 'invalid', field: 'limit' });
});
