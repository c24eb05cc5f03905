import fc from 'fast-check';
import type { RouteMethod } from './discover-routes';
import type { CaseDraft } from './fuzz-case';
import { badId, deepObjectText, headerText, noiseQuery, notJsonObjectText } from './fuzz-inputs';
import type { FuzzWorld } from './fuzz-world';

// Requests every route must refuse, whatever it does: made from its shape alone (path parameters,
// method, body limit), so a route added later is fuzzed without a line of its own here.

const queryKeys = ['limit', 'cursor', 'format', 'scope', 'reportId', 'claimId', 'sentenceId', 'bom', 'actor', 'action', 'entityType', 'entityId', 'from', 'to', '__proto__'];
const bodyKeys = ['label', 'note', 'evidence', 'version', 'reviewerId', 'status', 'reason', 'kind', 'start', 'end', 'body', 'bodyFormat', 'outlet', 'blindReview', 'name', 'userId', 'email', '__proto__'];

/** Any body at all: not JSON, JSON of another kind, or an object of likely and unlikely fields, or nested deep. */
const anyBody = fc.oneof(
  fc.constant(undefined),
  notJsonObjectText,
  deepObjectText,
  fc.dictionary(fc.oneof(fc.constantFrom(...bodyKeys), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }).map((fields) => JSON.stringify(fields)),
);

const role = fc.constantFrom('admin' as const, 'editor' as const, 'reviewer' as const);

function badAuthorization(world: FuzzWorld) {
  const token = world.tokens.admin;
  return fc.oneof(
    fc.constantFrom('Bearer', 'Basic YWRtaW46YWRtaW4=', 'Token abc', `Bearer ${token}x`, `Bearer ${token.toUpperCase()}`, `Bearer ${token} ${token}`, `${token}`, `Bearer\t${token.slice(0, -1)}`),
    fc.constantFrom(...world.deadTokens.map((dead) => `Bearer ${dead}`)),
    headerText.map((text) => `Bearer ${text}`),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), minLength: 1, maxLength: 60 }).map((text) => `Bearer fct_${text}`),
    headerText,
  );
}

/** Malformed, unknown, revoked and dead credentials: 401, or 403 for a mutating request without a Bearer token. */
export function badCredentials(route: RouteMethod, world: FuzzWorld): fc.Arbitrary<CaseDraft> {
  const params = fc.record(Object.fromEntries(route.params.map((param) => [param, fc.oneof(fc.constantFrom(...Object.values(world.idsByParam).flat()), badId)])));
  return fc
    .record({
      params,
      query: noiseQuery(queryKeys),
      text: anyBody,
      authorization: badAuthorization(world),
      headers: fc.option(fc.record({ 'x-request-id': headerText, 'x-middleware-subrequest': fc.constant('middleware') }, { requiredKeys: [] }), { nil: undefined }),
    })
    .map((draft) => ({ ...draft, expected: route.isApiRoute ? { status: [401, 403] } : { outcome: 'no server error' as const } }));
}

/**
 * At least one path parameter malformed or naming nothing, the others anything; any role, query
 * and body. (No route creates what its path names, so an id that names nothing is always refused.)
 */
export function badIds(route: RouteMethod, world: FuzzWorld): fc.Arbitrary<CaseDraft> {
  return fc
    .tuple(fc.constantFrom(...route.params), fc.record(Object.fromEntries(route.params.map((param) => [param, fc.oneof(badId, fc.constantFrom(...Object.values(world.idsByParam).flat()))]))), badId)
    .map(([spoiled, params, bad]) => ({ ...params, [spoiled]: bad }))
    .chain((params) => fc.record({ params: fc.constant(params), role, query: noiseQuery(queryKeys), text: anyBody }))
    .map((draft) => ({ ...draft, expected: {} }));
}

/** Bodies that are not a JSON object: 400 (413 when also over the limit). */
export function notJsonObjects(): fc.Arbitrary<CaseDraft> {
  return fc.record({ text: notJsonObjectText, role, query: noiseQuery(queryKeys) }).map((draft) => ({ ...draft, expected: { status: 400 } }));
}

// Bodies this large are built in memory for every run; above it only a Content-Length is claimed.
const largestBuiltBody = 8 * 1024 * 1024;

/** Bodies over the route's limit, real or only announced by Content-Length: 413 before anything is parsed. */
export function oversizedBodies(limit: number): fc.Arbitrary<CaseDraft> {
  const announced = fc.tuple(fc.integer({ min: limit + 1, max: Math.max(limit + 1, 2 ** 40) }), fc.constantFrom('{}', '{"version":1}', '[]')).map(([length, text]) => ({
    text,
    headers: { 'content-length': String(length) },
  }));
  const real = fc
    .tuple(fc.integer({ min: 1, max: 4_096 }), fc.constantFrom('note', 'body', 'x'), fc.option(fc.constantFrom('0', '10', String(limit)), { nil: undefined }))
    .map(([extra, field, understated]) => {
      const headers: Record<string, string> = understated === undefined ? {} : { 'content-length': understated };
      return { text: JSON.stringify({ [field]: 'x'.repeat(limit + extra) }), headers };
    });
  return (limit <= largestBuiltBody ? fc.oneof(announced, real) : announced).map((draft) => ({ ...draft, expected: { status: 413 } }));
}

/** Any query string on a GET: no server error, and nothing written unless it succeeded (a valid export writes its audit event). */
export function anyQuery(): fc.Arbitrary<CaseDraft> {
  return fc.record({ query: noiseQuery(queryKeys), role }).map((draft) => ({ ...draft, expected: { outcome: 'no server error' as const } }));
}
