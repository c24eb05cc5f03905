import { expect, test } from 'vitest';

// A small pool and a short wait for a connection, set before lib/ is first imported.
process.env.DATABASE_POOL_SIZE = '2';
process.env.DATABASE_CONNECT_TIMEOUT_MS = '500';

test('with every connection held, a request gets a fast 503 instead of hanging, and the server recovers by itself', async () => {
  const { NextRequest } = await import('next/server');
  const { db } = await import('@/lib/db');
  const { GET } = await import('@/app/api/v1/reports/route');
  const { cliActor } = await import('@/lib/actor');
  const { issueApiToken } = await import('@/lib/api-tokens/issue-api-token');
  const { createTestUser } = await import('../support/factories');
  const { waitForActiveQueries } = await import('../support/wait-until');
  const user = await createTestUser();
  const { token } = await issueApiToken({ actor: cliActor, input: { email: user.email } });
  const list = () => GET(new NextRequest('http://localhost/api/v1/reports', { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

  const holders = Array.from({ length: 2 }, () => db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(2)::text`, { timeout: 10_000 }));
  await waitForActiveQueries(process.env.DATABASE_URL ?? '', 'pg_sleep(2)', 2);
  const started = Date.now();
  const refused = await list();
  expect(Date.now() - started).toBeLessThan(1_500);
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('5');
  expect(await refused.json()).toEqual({ error: { code: 'unavailable', message: 'The database is busy or unreachable: try again in a moment' } });

  await Promise.all(holders);
  expect((await list()).status).toBe(200);
});
