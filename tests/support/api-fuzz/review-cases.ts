import fc from 'fast-check';
import { sentenceKinds } from '@/lib/segmentation/sentence-kind';
import { verdictLabels } from '@/lib/validations/verdict';
import { forbiddenFor, handful, nearValid, nearValidQuery, type RouteCases } from './fuzz-case';
import { beyondInt4, headerText, hugeNumber, longerThan, malformedId, missing, otherThan, unknownUuid, withNul, words } from './fuzz-inputs';
import type { FuzzWorld } from './fuzz-world';

// Invalid requests for verdicts, final verdicts, claims and sentences.

const relation = fc.constantFrom('supports', 'contradicts');
const pageUrl = fc.tuple(fc.constantFrom('http', 'https'), fc.stringMatching(/^[a-z]{1,10}$/)).map(([scheme, page]) => `${scheme}://example.test/${page}`);
const pageLink = (linkRelation: fc.Arbitrary<string>) => fc.record({ url: pageUrl, quote: words, relation: linkRelation });

function verdictBody(world: FuzzWorld) {
  const link = fc.oneof(fc.record({ sentenceId: fc.constant(world.otherReportSentenceId), relation }), pageLink(relation));
  const evidenceWith = (needed: string) => fc.tuple(pageLink(fc.constant(needed)), fc.array(link, { maxLength: 2 })).map(([first, rest]) => [first, ...rest]);
  return fc.record(
    {
      label: fc.constantFrom(...verdictLabels),
      note: words,
      version: fc.integer({ min: 1, max: 1_000 }),
    },
    { requiredKeys: ['label'] },
  ).chain((body) => {
    const evidence = body.label === 'corroborated' ? evidenceWith('supports') : body.label === 'disputed' ? evidenceWith('contradicts') : fc.array(link, { maxLength: 3 });
    return evidence.map((links) => ({ ...body, evidence: links }));
  });
}

const notALabel = fc.oneof(otherThan('string'), fc.string().filter((value) => !(verdictLabels as readonly string[]).includes(value)));

const badLink = fc.oneof(
  fc.record({ sentenceId: malformedId, relation }),
  fc.record({ url: fc.constantFrom('javascript:alert(1)', 'ftp://example.test/a', 'example.test/page', 'http://', '', 'http:// spaces .test'), quote: words, relation }),
  fc.record({ url: pageUrl, quote: fc.constantFrom('', ' ', '\n\t'), relation }),
  fc.record({ url: pageUrl, quote: longerThan(2_000), relation }),
  fc.record({ url: longerThan(2_000).map((path) => `https://example.test/${path}`), quote: words, relation }),
  fc.record({ url: pageUrl, quote: words, relation: fc.oneof(otherThan('string'), fc.constantFrom('refutes', 'SUPPORTS', '')) }),
  fc.record({ url: pageUrl, quote: withNul(words), relation }),
  fc.record({ url: withNul(pageUrl), quote: words, relation }),
  otherThan('object'),
  fc.constant({}),
);

function verdictCorruptions(world: FuzzWorld) {
  // A bad first link goes into a single-source verdict: in another, losing the link the label
  // needs would be reported first.
  const singleSource = verdictBody(world).filter((body) => body.label === 'single_source');
  return fc.oneof(
    nearValid(verdictBody(world), {
      label: fc.oneof(fc.constant(missing), notALabel),
      note: fc.oneof(otherThan('string'), longerThan(10_000), withNul(words)),
      evidence: otherThan('array'),
      version: fc.oneof(otherThan('number'), fc.integer({ max: 0 }), fc.double({ min: 1.000001, max: 1e6, noNaN: true }).filter((value) => !Number.isInteger(value)), hugeNumber),
    }),
    nearValid(singleSource, { 'evidence.0': badLink }),
  );
}

const tooManyLinks = () =>
  fc.array(pageLink(relation), { minLength: 51, maxLength: 60 }).map((evidence) => ({ json: { label: 'single_source', evidence }, expected: { status: 422, field: 'evidence' } }));

/** Verdicts the schema lets through but the rules or the data refuse. */
function verdictsTheDataRefuses(world: FuzzWorld) {
  const claimId = fc.constantFrom(...world.defaultClaimIds);
  return fc.oneof(
    claimId.map((id) => ({
      params: { claimId: id },
      json: { label: 'corroborated', evidence: [{ url: 'https://example.test/a', quote: 'Denied', relation: 'contradicts' }] },
      expected: { status: 422, field: 'evidence' },
    })),
    fc
      .oneof(fc.tuple(claimId, unknownUuid), fc.tuple(fc.constantFrom(...world.openReportClaimIds), fc.constant(world.openSentence.id)))
      .chain(([id, sentenceId]) => relation.map((linkRelation) => ({ id, sentenceId, linkRelation })))
      .map(({ id, sentenceId, linkRelation }) => ({
        params: { claimId: id },
        json: { label: 'single_source', evidence: [{ sentenceId, relation: linkRelation }] },
        expected: { status: 422, field: 'evidence.0.sentenceId' },
      })),
    tooManyLinks(),
  );
}

function reviewerClaimsTheyCannotRemove(world: FuzzWorld) {
  return fc.oneof(
    fc.constantFrom(...world.defaultClaimIds).map((claimId) => ({ params: { claimId }, expected: { status: 422, field: 'claimId' } })),
    fc.constant({ params: { claimId: world.reviewerClaimId }, role: 'editor' as const, expected: { status: 403 } }),
    fc.constant({ params: { claimId: world.approvedClaimId }, expected: { status: 423 } }),
  );
}

function claimSpan(world: FuzzWorld) {
  const { length } = world.openSentence;
  return fc.integer({ min: 0, max: length - 1 }).chain((start) => fc.integer({ min: start + 1, max: length }).map((end) => ({ start, end })));
}

const notAnOffset = fc.oneof(otherThan('number'), fc.double({ min: 0.001, max: 1e6, noNaN: true }).filter((value) => !Number.isInteger(value)), hugeNumber);

export const reviewCases: Record<string, RouteCases> = {
  'PUT /api/v1/claims/[claimId]/verdict': {
    'refuses near-valid verdicts, naming the field': verdictCorruptions,
    'refuses verdicts that break the evidence rules or point at missing sentences': verdictsTheDataRefuses,
    'refuses a reviewer whose review of the report is complete': handful((world) =>
      fc.constantFrom(...world.openReportClaimIds).map((claimId) => ({ params: { claimId }, role: 'reviewer' as const, json: { label: 'single_source' }, expected: { status: 423 } }))),
    'refuses a version the caller never saw': (world) =>
      fc.tuple(fc.constantFrom(...world.defaultClaimIds), fc.integer({ min: 1, max: 2 ** 31 })).map(([claimId, version]) => ({ params: { claimId }, json: { label: 'single_source', version }, expected: { status: 409, field: 'version' } })),
  },
  'PUT /api/v1/claims/[claimId]/final': {
    'refuses near-valid final verdicts, naming the field': verdictCorruptions,
    'refuses final verdicts that break the evidence rules or point at missing sentences': verdictsTheDataRefuses,
    'refuses reviewers': (world) => forbiddenFor('reviewer', verdictBody(world).map((json) => ({ json }))),
  },
  'POST /api/v1/claims/[claimId]/final/majority': {
    'refuses a malformed version, naming it': () =>
      fc.oneof(otherThan('number'), fc.integer({ max: 0 }), fc.constant(1.5), hugeNumber).map((version) => ({ json: { version }, expected: { status: 422, field: 'version' } })),
    'refuses claims without a majority': handful((world) =>
      fc.constantFrom(...world.claimsWithoutMajority).map((claimId) => ({ params: { claimId }, json: {}, expected: { status: 422, field: 'claimId' } }))),
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...world.defaultClaimIds).map((claimId) => ({ params: { claimId }, json: {} }))),
  },
  'DELETE /api/v1/claims/[claimId]': {
    'refuses to remove whole-sentence claims, others’ claims and claims of approved reports': handful(reviewerClaimsTheyCannotRemove),
  },
  'GET /api/v1/claims/[claimId]/suggestions': {
    'refuses a malformed limit, naming it': () =>
      nearValidQuery(fc.record({ limit: fc.integer({ min: 1, max: 20 }).map(String) }, { requiredKeys: [] }), {
        limit: fc.oneof(fc.string(), fc.constantFrom('0', '-1', '21', '1.5', '1e309', 'Infinity', 'NaN', ' ', '\u0000')).filter((value) => {
          const limit = Number(value);
          return !(Number.isInteger(limit) && limit >= 1 && limit <= 20);
        }),
      }),
  },
  'POST /api/v1/sentences/[sentenceId]/claims': {
    'refuses near-valid spans, naming the field': (world) =>
      nearValid(claimSpan(world), {
        start: fc.oneof(fc.constant(missing), notAnOffset, fc.integer({ max: -1 }), fc.constant(-(2 ** 40))),
        end: fc.oneof(fc.constant(missing), notAnOffset),
      }, { params: { sentenceId: world.openSentence.id } }),
    'refuses spans that end before they start or after the sentence': (world) =>
      fc.oneof(
        fc.integer({ min: 0, max: world.openSentence.length }).chain((start) => fc.integer({ min: -5, max: start }).map((end) => ({ start, end }))),
        fc.integer({ min: 0, max: world.openSentence.length }).chain((start) => fc.oneof(fc.integer({ min: world.openSentence.length + 1, max: 2 ** 31 }), beyondInt4.filter((end) => end > start)).map((end) => ({ start, end }))),
      ).map((json) => ({ params: { sentenceId: world.openSentence.id }, json, expected: { status: 422, field: 'end' } })),
    'refuses claims in an approved report, and by a reviewer whose review of the report is complete': handful((world) =>
      fc.oneof(
        fc.constant({ params: { sentenceId: world.approvedSentence.id }, json: { start: 0, end: world.approvedSentence.length }, expected: { status: 423 } }),
        fc.constant({ params: { sentenceId: world.openSentence.id }, role: 'reviewer' as const, json: { start: 0, end: world.openSentence.length }, expected: { status: 423 } }),
      )),
  },
  'PATCH /api/v1/sentences/[sentenceId]': {
    'refuses a malformed kind, naming it': () =>
      fc.oneof(fc.constant(missing), otherThan('string'), fc.string().filter((kind) => !(sentenceKinds as readonly string[]).includes(kind)), headerText.map((kind) => kind.toUpperCase())).map((kind) => ({
        json: kind === missing ? {} : { kind },
        expected: { status: 422, field: 'kind' },
      })),
    'refuses kind changes in an approved report': handful((world) => fc.constantFrom(...sentenceKinds).map((kind) => ({ params: { sentenceId: world.approvedSentence.id }, json: { kind }, expected: { status: 423 } }))),
  },
};
