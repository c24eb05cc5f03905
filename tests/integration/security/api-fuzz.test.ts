import fc from 'fast-check';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { cliActor } from '@/lib/actor';
import { checkExportDocument } from '@/lib/export/check-export-document';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { ZExportDocument } from '@/lib/validations/export-document';
import { parseInput } from '@/lib/validations/parse-input';
import { databaseFingerprint, rowsWritten } from '../../support/api-fuzz/database-fingerprint';
import { discoverRoutes, type RouteMethod } from '../../support/api-fuzz/discover-routes';
import { exportCases } from '../../support/api-fuzz/export-cases';
import { isHandful, type CaseDraft, type Expectation, type RouteCases } from '../../support/api-fuzz/fuzz-case';
import { contentType } from '../../support/api-fuzz/fuzz-inputs';
import { seedFuzzWorld, type FuzzWorld, type Role } from '../../support/api-fuzz/fuzz-world';
import { anyQuery, badCredentials, badIds, notJsonObjects, oversizedBodies } from '../../support/api-fuzz/generic-cases';
import { reportCases } from '../../support/api-fuzz/report-cases';
import { corruptExportDocuments, restoreCases, validExportDocument } from '../../support/api-fuzz/restore-cases';
import { reviewCases } from '../../support/api-fuzz/review-cases';
import { tokenCases } from '../../support/api-fuzz/token-cases';
import { completeCase, realParams, send, type Answer } from '../../support/api-fuzz/send-request';
import { createTestUser } from '../../support/factories';

// Sends thousands of malformed requests to every route under app/api (found on disk, so a new
// route is fuzzed without a change here): malformed credentials, ids, query strings and bodies,
// bodies over the route's limit, and near-valid requests with one field wrong. Each must get a
// 4xx (a 422 naming the field) and leave every table as it was, the audit history included.
//
// Runs are reproducible: each property's seed derives from FUZZ_SEED and its name, and a failure
// prints its counterexample, seed and path. FUZZ_RUNS=10 fuzzes ten times as long.

vi.mock('@/lib/http/api-route', async (importOriginal) => {
  const { tagApiRoute } = await import('../../support/api-fuzz/route-probe');
  const original = await importOriginal<typeof import('@/lib/http/api-route')>();
  return { ...original, apiRoute: tagApiRoute(original.apiRoute) };
});

const routes = await discoverRoutes();
const casesByRoute: Record<string, RouteCases> = { ...reviewCases, ...reportCases, ...exportCases, ...restoreCases, ...tokenCases };
const baseSeed = Number(process.env.FUZZ_SEED ?? 20_261_125);
const runScale = Number(process.env.FUZZ_RUNS ?? 1);
const timeout = 30_000 * Math.max(1, runScale);

function seedFor(name: string): number {
  let seed = baseSeed;
  for (const character of name) seed = (Math.imul(seed, 31) + character.charCodeAt(0)) | 0;
  return seed;
}

function checkAnswer(answer: Answer, expected: Expectation) {
  const summary = `${answer.status} ${answer.text.slice(0, 500)}`;
  if (expected.outcome === 'no server error') {
    expect(answer.status, summary).toBeLessThan(500);
    return;
  }
  expect(answer.status >= 400 && answer.status < 500, `expected a 4xx, got ${summary}`).toBe(true);
  if (expected.status !== undefined) expect([expected.status].flat(), summary).toContain(answer.status);
  if (answer.status === 422) expect(answer.errorField, `a 422 must name the field: ${summary}`).toBeTruthy();
  const { field } = expected;
  if (field !== undefined) expect(answer.errorField === field || answer.errorField?.startsWith(`${field}.`), `expected field ${field}: ${summary}`).toBe(true);
}

async function describeWrites(rows: bigint, answer: Answer, fingerprint: Record<string, string>): Promise<string> {
  const now = await databaseFingerprint();
  const changed = Object.keys(now).filter((table) => now[table] !== fingerprint[table]);
  return `${rows} row(s) written by a request that must change nothing (answer ${answer.status} ${answer.text.slice(0, 300)}); tables changed: ${changed.join(', ') || 'none, in the end'}`;
}

type Target = { tokens: Record<Role, string>; idsByParam: Record<string, string[]> };

/**
 * Sends every case of the property; each must be answered as expected and write no row (the
 * counter is read after each request, so a failure names the request; the fingerprint diff then
 * shows which tables it changed). Around the property, every table's fingerprint must hold too.
 */
async function fuzz(name: string, route: RouteMethod, target: Target, drafts: fc.Arbitrary<CaseDraft>, numRuns: number) {
  const cases = fc
    .tuple(drafts, realParams(route, target.idsByParam), contentType)
    .map(([draft, params, type]) => completeCase(route, target.tokens, draft, { params, contentType: type }));
  const fingerprint = await databaseFingerprint();
  let hasWrittenValidly = false;
  await fc.assert(
    fc.asyncProperty(cases, async (fuzzCase) => {
      const before = await rowsWritten();
      const answer = await send(route, fuzzCase);
      const written = await rowsWritten();
      if (written !== before) {
        if (fuzzCase.expected.outcome !== 'no server error' || answer.status >= 300) throw new Error(await describeWrites(written - before, answer, fingerprint));
        hasWrittenValidly = true;
      }
      checkAnswer(answer, fuzzCase.expected);
    }),
    { seed: seedFor(`${route.key} ${name}`), numRuns: Math.max(1, Math.round(numRuns * runScale)), includeErrorInReport: true },
  );
  if (!hasWrittenValidly) expect(await databaseFingerprint(), 'the database changed').toEqual(fingerprint);
}

function routeNamed(key: string): RouteMethod {
  const route = routes.find((candidate) => candidate.key === key);
  if (!route) throw new Error(`No route ${key} under app/api`);
  return route;
}

// Restoring needs a server without reports: this runs before the reports are seeded.
describe('on a server without reports', () => {
  let admin: { email: string; token: string };
  beforeAll(async () => {
    const { email } = await createTestUser({ role: 'admin' });
    admin = { email, token: (await issueApiToken({ actor: cliActor, input: { email } })).token };
  });

  test('the export document the restore fuzz corrupts is valid as it is', () => {
    expect(() => checkExportDocument(parseInput(ZExportDocument, validExportDocument(admin.email)))).not.toThrow();
  });

  test('POST /api/v1/import refuses near-valid exports, naming the field, and restores nothing', async () => {
    const tokens = { admin: admin.token, editor: admin.token, reviewer: admin.token };
    await fuzz('on an empty server', routeNamed('POST /api/v1/import'), { tokens, idsByParam: {} }, corruptExportDocuments(admin.email), 150);
  }, timeout);
});

describe('with reviewed reports', () => {
  let world: FuzzWorld;
  beforeAll(async () => {
    world = await seedFuzzWorld();
  }, 120_000);

  test('finds the routes, and every route with cases of its own', () => {
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(['GET /api/health', 'PUT /api/v1/claims/[claimId]/verdict', 'POST /api/v1/import']));
    expect(Object.keys(casesByRoute).filter((key) => !routes.some((route) => route.key === key))).toEqual([]);
  });

  test('notices a request that writes', async () => {
    // A valid request, sent as if it were not: each run makes a new claim.
    const valid = fc.constant({ params: { sentenceId: world.openSentence.id }, json: { start: 0, end: world.openSentence.length }, role: 'editor' as const, expected: {} });
    await expect(fuzz('self-check', routeNamed('POST /api/v1/sentences/[sentenceId]/claims'), world, valid, 1)).rejects.toThrow(/row\(s\) written .*tables changed: .*claims/);
  });

  for (const route of routes) {
    describe(route.key, () => {
      const { bodyLimit } = route;
      test(
        route.isApiRoute ? 'refuses malformed, unknown, revoked and dead credentials' : 'answers any request without a server error',
        () => fuzz('credentials', route, world, badCredentials(route, world), 40),
        timeout,
      );
      if (route.isApiRoute && route.params.length > 0) {
        test('refuses malformed ids and ids that name nothing', () => fuzz('ids', route, world, badIds(route, world), 80), timeout);
      }
      if (bodyLimit !== null) {
        test('refuses bodies that are not a JSON object', () => fuzz('not an object', route, world, notJsonObjects(), 40), timeout);
        test(`refuses bodies over ${bodyLimit} bytes`, () => fuzz('oversized', route, world, oversizedBodies(bodyLimit), 6), timeout);
      }
      if (route.method === 'GET') test('answers any query string without a server error', () => fuzz('any query', route, world, anyQuery(), 20), timeout);
      for (const [name, cases] of Object.entries(casesByRoute[route.key] ?? {})) {
        test(name, () => fuzz(name, route, world, cases(world), isHandful(cases) ? 10 : 60), timeout);
      }
    });
  }
});
