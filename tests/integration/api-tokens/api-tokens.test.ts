import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cliActor } from '@/lib/actor';
import { authenticateRequest } from '@/lib/http/authenticate-request';
import { db } from '@/lib/db';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { setUserActive } from '@/lib/users/set-user-active';
import { createTestUser } from '../../support/factories';

function requestWithToken(token: string) {
  return new Request('http://localhost/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
}

async function tokensAndEvents() {
  const [tokens, auditEvents] = await Promise.all([db.apiToken.findMany({ orderBy: { id: 'asc' }, select: { id: true, userId: true, name: true, revokedAt: true } }), db.auditEvent.count()]);
  return { tokens, auditEvents };
}

describe('issuing tokens', () => {
  test('any signed-in user issues a token for themself, audited as theirs', async () => {
    const reviewer = await createTestUser();
    const issued = await issueApiToken({ actor: reviewer.actor, input: { name: 'laptop' } });

    expect(issued).toMatchObject({ name: 'laptop', prefix: issued.token.slice(0, 10), user: { id: reviewer.id } });
    expect(await authenticateRequest(requestWithToken(issued.token))).toMatchObject({ actor: { id: reviewer.id } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: issued.id } });
    expect(event).toMatchObject({ action: 'api_token.issued', actorId: reviewer.id, after: { userId: reviewer.id, name: 'laptop', prefix: issued.prefix } });
  });

  test('an admin issues a token for anyone; a reviewer naming someone else is refused and nothing is written', async () => {
    const [admin, reviewer, other] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser(), createTestUser()]);
    const issued = await issueApiToken({ actor: admin.actor, input: { userId: other.id, name: 'for other' } });
    expect(issued.user.id).toBe(other.id);

    const before = await tokensAndEvents();
    await expect(issueApiToken({ actor: reviewer.actor, input: { userId: other.id, name: 'sneaky' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(issueApiToken({ actor: reviewer.actor, input: { email: other.email, name: 'sneaky' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await tokensAndEvents()).toEqual(before);
  });

  test.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, 'name'],
    ['a malformed userId', { name: 'ok', userId: 'nope' }, 'userId'],
  ])('refuses %s as invalid, naming the field, and writes nothing', async (_case, input, field) => {
    const reviewer = await createTestUser();
    const before = await tokensAndEvents();
    await expect(issueApiToken({ actor: reviewer.actor, input })).rejects.toMatchObject({ code: 'invalid', field });
    expect(await tokensAndEvents()).toEqual(before);
  });

  test('the command line must name the account', async () => {
    await expect(issueApiToken({ actor: cliActor, input: { name: 'cli' } })).rejects.toMatchObject({ code: 'invalid', field: 'userId' });
  });
});

describe('listing tokens', () => {
  test('a user lists their own tokens, newest first, revoked ones included, never the hash', async () => {
    const reviewer = await createTestUser();
    const old = await issueApiToken({ actor: reviewer.actor, input: { name: 'old' } });
    const recent = await issueApiToken({ actor: reviewer.actor, input: { name: 'recent' } });
    await revokeApiToken({ actor: reviewer.actor, input: { tokenId: old.id } });

    const { items } = await listApiTokens({ actor: reviewer.actor, input: {} });

    expect(items).toEqual([
      { id: recent.id, name: 'recent', prefix: recent.prefix, createdAt: expect.any(Date), lastUsedAt: null, revokedAt: null },
      { id: old.id, name: 'old', prefix: old.prefix, createdAt: expect.any(Date), lastUsedAt: null, revokedAt: expect.any(Date) },
    ]);
    expect(await listApiTokens({ actor: reviewer.actor, input: { userId: reviewer.id } })).toEqual({ items });
  });

  test('an admin lists anyone’s tokens; an editor naming someone else is refused; an unknown account is not found', async () => {
    const [admin, editor, reviewer] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'editor' }), createTestUser()]);
    const issued = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });

    expect((await listApiTokens({ actor: admin.actor, input: { userId: reviewer.id } })).items.map((token) => token.id)).toEqual([issued.id]);
    await expect(listApiTokens({ actor: editor.actor, input: { userId: reviewer.id } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listApiTokens({ actor: admin.actor, input: { userId: randomUUID() } })).rejects.toMatchObject({ code: 'not_found', field: 'userId' });
    await expect(listApiTokens({ actor: admin.actor, input: { userId: '42' } })).rejects.toMatchObject({ code: 'invalid', field: 'userId' });
  });
});

describe('revoking tokens', () => {
  test('the owner revokes a token, audited in the same change; the token is refused on the very next request', async () => {
    const reviewer = await createTestUser();
    const { id, token, prefix } = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });
    expect(await authenticateRequest(requestWithToken(token))).toMatchObject({ actor: { id: reviewer.id } });

    const revoked = await revokeApiToken({ actor: reviewer.actor, input: { tokenId: id } });

    expect(revoked).toMatchObject({ id, name: 'script', prefix, revokedAt: expect.any(Date) });
    await expect(authenticateRequest(requestWithToken(token))).rejects.toMatchObject({ code: 'unauthorized' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'api_token.revoked' } });
    expect(event).toMatchObject({
      actorId: reviewer.id,
      entityType: 'api_token',
      before: { userId: reviewer.id, name: 'script', prefix },
      after: { userId: reviewer.id, name: 'script', prefix, revokedAt: revoked.revokedAt.toISOString() },
    });
  });

  test('an admin revokes anyone’s token', async () => {
    const [admin, reviewer] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser()]);
    const { id, token } = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });
    await revokeApiToken({ actor: admin.actor, input: { tokenId: id } });
    await expect(authenticateRequest(requestWithToken(token))).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'api_token.revoked', actorId: admin.id } })).toBe(1);
  });

  test.each([
    ['an editor', 'editor'],
    ['a reviewer', 'reviewer'],
  ] as const)('to %s, someone else’s token does not exist: not found, like an unknown id, and it keeps working', async (_who, role) => {
    const [stranger, owner] = await Promise.all([createTestUser({ role }), createTestUser()]);
    const { id, token } = await issueApiToken({ actor: owner.actor, input: { name: 'script' } });
    const before = await tokensAndEvents();

    const refusal = await revokeApiToken({ actor: stranger.actor, input: { tokenId: id } }).catch((error: unknown) => error);
    const unknown = await revokeApiToken({ actor: stranger.actor, input: { tokenId: randomUUID() } }).catch((error: unknown) => error);

    expect(refusal).toMatchObject({ code: 'not_found', field: 'tokenId' });
    expect(unknown).toMatchObject({ code: 'not_found', field: 'tokenId' });
    expect(await tokensAndEvents()).toEqual(before);
    expect(await authenticateRequest(requestWithToken(token))).toMatchObject({ actor: { id: owner.id } });
  });

  test('revoking a revoked token is a conflict on tokenId, and writes nothing', async () => {
    const reviewer = await createTestUser();
    const { id } = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });
    await revokeApiToken({ actor: reviewer.actor, input: { tokenId: id } });
    const before = await tokensAndEvents();
    await expect(revokeApiToken({ actor: reviewer.actor, input: { tokenId: id } })).rejects.toMatchObject({
      code: 'conflict',
      field: 'tokenId',
      message: expect.stringContaining('already revoked'),
    });
    expect(await tokensAndEvents()).toEqual(before);
  });

  test('two revocations at once: one revokes, the other is a conflict, one audit event', async () => {
    const reviewer = await createTestUser();
    const { id } = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });
    const outcomes = await Promise.allSettled([revokeApiToken({ actor: reviewer.actor, input: { tokenId: id } }), revokeApiToken({ actor: reviewer.actor, input: { tokenId: id } })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')?.reason).toMatchObject({ code: 'conflict' });
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'api_token.revoked' } })).toBe(1);
  });

  test('a malformed token id is invalid, naming tokenId', async () => {
    const reviewer = await createTestUser();
    await expect(revokeApiToken({ actor: reviewer.actor, input: { tokenId: 'fct_abc' } })).rejects.toMatchObject({ code: 'invalid', field: 'tokenId' });
    await expect(revokeApiToken({ actor: reviewer.actor, input: {} })).rejects.toMatchObject({ code: 'invalid', field: 'tokenId' });
  });
});

describe('a deactivated account', () => {
  test('its tokens are refused on the very next request, and work again once it is reactivated', async () => {
    const [admin, reviewer] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser()]);
    const { token } = await issueApiToken({ actor: reviewer.actor, input: { name: 'script' } });
    expect(await authenticateRequest(requestWithToken(token))).toMatchObject({ actor: { id: reviewer.id } });

    await setUserActive({ actor: admin.actor, input: { userId: reviewer.id }, isActive: false });
    await expect(authenticateRequest(requestWithToken(token))).rejects.toMatchObject({ code: 'unauthorized' });

    await setUserActive({ actor: admin.actor, input: { userId: reviewer.id }, isActive: true });
    expect(await authenticateRequest(requestWithToken(token))).toMatchObject({ actor: { id: reviewer.id } });
  });

  test('cannot be issued a token', async () => {
    const [admin, reviewer] = await Promise.all([createTestUser({ role: 'admin' }), createTestUser()]);
    await setUserActive({ actor: admin.actor, input: { userId: reviewer.id }, isActive: false });
    await expect(issueApiToken({ actor: admin.actor, input: { userId: reviewer.id, name: 'x' } })).rejects.toMatchObject({ code: 'invalid', field: 'userId' });
  });
});
