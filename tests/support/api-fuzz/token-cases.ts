import fc from 'fast-check';
import { forbiddenFor, handful, nearValid, nearValidQuery, type RouteCases } from './fuzz-case';
import { longerThan, malformedId, otherThan, unknownUuid, withNul, words } from './fuzz-inputs';
import type { FuzzWorld } from './fuzz-world';

// Invalid requests for personal API tokens. A valid one would issue or revoke a token, so each has
// a field at fault, or names an account or token that is not the caller's to touch.

const othersThanReviewer = (world: FuzzWorld) => fc.constantFrom(...world.userIds.filter((id) => id !== world.reviewerId));

export const tokenCases: Record<string, RouteCases> = {
  'POST /api/v1/tokens': {
    'refuses near-valid tokens, naming the field': () =>
      nearValid(fc.record({ name: words }), {
        name: fc.oneof(otherThan('string'), fc.constantFrom('', ' ', '\n\t'), longerThan(100), withNul(words)),
        userId: fc.oneof(otherThan('string'), malformedId),
        email: fc.oneof(otherThan('string'), fc.constantFrom('', 'not an email', 'a@', 'a@b@c.test'), withNul(words)),
      }),
    'refuses tokens for accounts that do not exist, are deactivated, or are not the caller’s': (world) =>
      fc.oneof(
        fc.tuple(unknownUuid, words).map(([userId, name]) => ({ json: { name, userId }, expected: { status: 404, field: 'userId' } })),
        words.map((name) => ({ json: { name, userId: world.deactivatedUserId }, expected: { status: 422, field: 'userId' } })),
        forbiddenFor('reviewer', fc.tuple(othersThanReviewer(world), words).map(([userId, name]) => ({ json: { name, userId } }))),
      ),
  },
  'GET /api/v1/tokens': {
    'refuses a malformed account id, naming it': () => nearValidQuery(fc.constant({}), { userId: malformedId }),
    'refuses a reviewer another account’s tokens': (world) => forbiddenFor('reviewer', othersThanReviewer(world).map((userId) => ({ query: [['userId', userId]] as [string, string][] }))),
  },
  'DELETE /api/v1/tokens/[tokenId]': {
    'refuses tokens that are not the caller’s, or already revoked': handful((world) =>
      fc.oneof(
        fc.constant({ params: { tokenId: world.adminTokenId }, role: 'reviewer' as const, expected: { status: 404, field: 'tokenId' } }),
        fc.constant({ params: { tokenId: world.revokedTokenId }, expected: { status: 409, field: 'tokenId' } }),
      ),
    ),
  },
};
