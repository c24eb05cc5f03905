import { expect, test } from '@playwright/test';
import { runUserCli, uniqueEmail } from '../support/cli';

test('health answers without sign-in', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'up-to-date' });
});

test('the API answers 401 JSON without credentials, and lists reports for a CLI-issued token', async ({ request }) => {
  const anonymous = await request.get('/api/v1/reports');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });

  const email = uniqueEmail('robot');
  runUserCli(['create', '--email', email, '--name', 'Robot', '--role', 'reviewer']);
  const token = runUserCli(['token', '--email', email]).trim().split('\n').at(-1) ?? '';
  expect(token).toMatch(/^fct_/);

  const response = await request.get('/api/v1/reports', { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { id: string; outlet: string; title: string | null; publishedOn: string | null }[] };
  // The seeded reports (other browser tests may have imported more by now).
  expect(body.items.map((report) => report.outlet)).toEqual(expect.arrayContaining(['DW (Deutsche Welle)', 'Indo-Pacific Defense FORUM', 'Reuters']));
  expect(Object.keys(body.items[0] ?? {}).sort()).toEqual(['archivedAt', 'id', 'importedAt', 'name', 'outlet', 'publishedOn', 'status', 'title']);

  const forged = await request.get('/api/v1/reports', { headers: { Authorization: `Bearer ${token}x` } });
  expect(forged.status()).toBe(401);
});
