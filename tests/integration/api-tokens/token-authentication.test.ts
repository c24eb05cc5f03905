import { test, expect } from 'vitest';
import { cliActor } from '@/lib/actor';
import { hashApiToken } from '@/lib/api-tokens/api-token';
import { authenticateRequest } from '@/lib/http/authenticate-request';
import { db } from '@/lib/db';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { createTestUser } from '../../support/factories';

function requestWithToken(token: string) {
  return new Request('http://localhost/api/v1/reports', { headers: { Authorization: `Bearer ${token}` } });
}

test('an issued token is stored only as its hash and authenticates its owner', async () => {
  const user = await createTestUser();
  const { token, id } = await issueApiToken({ actor: cliActor, input: { email: user.email } });

  const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
  expect(stored.tokenHash).toBe(hashApiToken(token));
  expect(JSON.stringify(stored)).not.toContain(token);
  expect(await authenticateRequest(requestWithToken(token))).toMatchObject({ actor: { id: user.id, role: 'reviewer' } });
  expect(await db.auditEvent.count({ where: { entityId: id, action: 'api_token.issued' } })).toBe(1);
});

test('a wrong token, a revoked token and the token of a deactivated account are refused', async () => {
  const user = await createTestUser();
  const { token, id } = await issueApiToken({ actor: cliActor, input: { email: user.email } });

  await expect(authenticateRequest(requestWithToken(`${token}x`))).rejects.toMatchObject({ code: 'unauthorized' });

  await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: false });
  await expect(authenticateRequest(requestWithToken(token))).rejects.toMatchObject({ code: 'unauthorized' });

  await setUserActive({ actor: cliActor, input: { email: user.email }, isActive: true });
  await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  await expect(authenticateRequest(requestWithToken(token))).rejects.toMatchObject({ code: 'unauthorized' });
});

test('a successful call records when the token was last used; a refused one changes nothing', async () => {
  const { NextRequest } = await import('next/server');
  const { GET: reports } = await import('@/app/api/v1/reports/route');
  const user = await createTestUser();
  const { token, id } = await issueApiToken({ actor: cliActor, input: { email: user.email } });
  const call = (query: string) =>
    reports(new NextRequest(`http://localhost/api/v1/reports${query}`, { headers: { Authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

  expect((await call('?limit=0')).status).toBe(422);
  expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
  expect((await call('')).status).toBe(200);
  const lastUsedAt = (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
  expect(lastUsedAt).toBeInstanceOf(Date);
  expect((await call('')).status).toBe(200);
  expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(lastUsedAt);
});
