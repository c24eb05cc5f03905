import fc from 'fast-check';
import { reportStatuses } from '@/lib/validations/workflow';
import { forbiddenFor, handful, nearValid, nearValidQuery, type RouteCases } from './fuzz-case';
import { longerThan, malformedId, missing, otherThan, unknownUuid, withNul, words } from './fuzz-inputs';
import type { FuzzWorld } from './fuzz-world';

// Invalid requests for reports, their review settings, assignments, status and revisions.

const blank = fc.constantFrom('', ' ', '\n\t ', '\u00a0');
const pageUrl = fc.stringMatching(/^[a-z]{1,10}$/).map((page) => `https://example.test/${page}`);
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
/** A text no report has: words and a random token, so two runs never send the same body. */
const newText = fc.tuple(words, fc.uuid()).map(([text, token]) => `${text} ${token}.`);
const notAValidLimit = (max: number) =>
  fc.oneof(fc.string(), fc.constantFrom('0', '-1', String(max + 1), '1.5', '1e309', 'Infinity', ' ', '\u0000')).filter((value) => {
    const limit = Number(value);
    return !(Number.isInteger(limit) && limit >= 1 && limit <= max);
  });

const importBody = fc.record(
  {
    outlet: words,
    title: fc.option(words),
    url: fc.option(pageUrl),
    publishedOn: fc.option(day),
    credits: fc.array(words, { maxLength: 3 }),
    notes: fc.option(words),
    bodyFormat: fc.constantFrom('text', 'html'),
    body: newText,
  },
  { requiredKeys: ['outlet', 'body'] },
);

const badText = (max: number) => fc.oneof(otherThan('string', 'null'), longerThan(max), withNul(words));

const importCorruptions = {
  outlet: fc.oneof(fc.constant(missing), otherThan('string'), blank, longerThan(200), withNul(words)),
  title: badText(500),
  url: fc.oneof(otherThan('string', 'null'), fc.constantFrom('javascript:alert(1)', 'ftp://example.test/', 'example.test', 'http://'), withNul(pageUrl)),
  publishedOn: fc.oneof(otherThan('string', 'null'), fc.constantFrom('2023-02-30', '2023-13-01', '07/04/2023', '2023-4-7', 'yesterday', '2023-04-07T00:00:00Z', '0000-00-00')),
  credits: fc.oneof(
    otherThan('string', 'array'),
    fc.array(words, { minLength: 21, maxLength: 25 }),
    longerThan(100).map((credit) => [credit]),
    fc.array(otherThan('string'), { minLength: 1, maxLength: 2 }),
    withNul(words).map((credit) => [credit]),
  ),
  notes: badText(5_000),
  bodyFormat: fc.oneof(otherThan('string'), fc.constantFrom('markdown', 'TEXT', '', 'PDF')),
  body: fc.oneof(fc.constant(missing), otherThan('string'), blank, longerThan(1_000_000, 100), withNul(newText)),
};

const reviewSettings = fc
  .record({ blindReview: fc.boolean(), adjudicateSingleVerdicts: fc.boolean() }, { requiredKeys: [] })
  .filter((settings) => Object.keys(settings).length > 0);

const statusChange = fc.record({ status: fc.constantFrom(...reportStatuses), reason: words }, { requiredKeys: ['status'] });

function bodyOf(world: FuzzWorld, reportId: string): string {
  const body = world.reportBodies[reportId];
  if (body === undefined) throw new Error(`No body for report ${reportId}`);
  return body;
}

export const reportCases: Record<string, RouteCases> = {
  'GET /api/v1/reports': {
    'refuses a malformed cursor or limit, naming it': () =>
      nearValidQuery(fc.record({ limit: fc.integer({ min: 1, max: 200 }).map(String) }, { requiredKeys: [] }), { limit: notAValidLimit(200), cursor: malformedId }),
  },
  'POST /api/v1/reports': {
    'refuses near-valid reports, naming the field': () => nearValid(importBody, importCorruptions),
    'refuses a text already imported, or HTML without text': handful((world) =>
      fc.oneof(
        fc.constantFrom(...Object.values(world.reportBodies)).map((body) => ({ json: { outlet: 'Copy', body }, expected: { status: 409, field: 'body' } })),
        fc.constantFrom('<p> </p>', '<script>alert(1)</script>', '<style>p{}</style><br>').map((body) => ({ json: { outlet: 'Empty', body, bodyFormat: 'html' }, expected: { status: 422, field: 'body' } })),
        // A PDF body that is not base64, or not a PDF, or a PDF cut short.
        fc.constantFrom('Not base64 at all.', 'bm90IGEgUERG', 'JVBERi0xLjcKJeLjz9M=').map((body) => ({ json: { outlet: 'PDF', body, bodyFormat: 'pdf' }, expected: { status: 422, field: 'body' } })),
      )),
    'refuses reviewers': () => forbiddenFor('reviewer', importBody.map((json) => ({ json }))),
  },
  'PATCH /api/v1/reports/[reportId]': {
    'refuses near-valid review settings, naming the field': () =>
      fc.oneof(
        nearValid(reviewSettings, { blindReview: otherThan('boolean'), adjudicateSingleVerdicts: otherThan('boolean') }),
        fc.constantFrom({}, { blind: true }, { blindReview: undefined }).map((json) => ({ json, expected: { status: 422, field: 'blindReview' } })),
      ),
    'refuses reviewers': () => forbiddenFor('reviewer', reviewSettings.map((json) => ({ json }))),
  },
  'DELETE /api/v1/reports/[reportId]': {
    'refuses a reason too long or holding a NUL, naming it': (world) =>
      fc.oneof(longerThan(2_000), withNul(words)).map((reason) => ({ params: { reportId: world.approvedReportId }, query: [['reason', reason]], expected: { status: 422, field: 'reason' } })),
    'refuses reports with verdicts': handful((world) =>
      fc.constantFrom(world.openReportId, world.blindReportId).map((reportId) => ({ params: { reportId }, expected: { status: 409 } }))),
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...(world.idsByParam.reportId ?? [])).map((reportId) => ({ params: { reportId } }))),
  },
  'GET /api/v1/reports/[reportId]/adjudication': {
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...world.idsByParam.reportId ?? []).map((reportId) => ({ params: { reportId } }))),
  },
  'GET /api/v1/reports/[reportId]/agreement': {
    'refuses a reviewer under blind review before they complete theirs': handful((world) => forbiddenFor('reviewer', fc.constant({ params: { reportId: world.blindReportId } }))),
  },
  'POST /api/v1/reports/[reportId]/assignments': {
    'refuses a malformed reviewer, naming it': () =>
      fc.oneof(fc.constant(missing), otherThan('string'), malformedId).map((reviewerId) => ({ json: reviewerId === missing ? {} : { reviewerId }, expected: { status: 422, field: 'reviewerId' } })),
    'refuses reviewers who do not exist or are deactivated': (world) =>
      fc.oneof(unknownUuid, fc.constant(world.deactivatedUserId)).map((reviewerId) => ({ json: { reviewerId }, expected: { status: 404, field: 'reviewerId' } })),
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...world.userIds).map((reviewerId) => ({ params: { reportId: world.openReportId }, json: { reviewerId } }))),
  },
  'DELETE /api/v1/reports/[reportId]/assignments/[reviewerId]': {
    'refuses to unassign someone not assigned': handful((world) =>
      fc.constant({ params: { reportId: world.openReportId, reviewerId: world.unassignedUserId }, expected: { status: 404, field: 'reviewerId' } })),
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...world.assignedUserIds).map((reviewerId) => ({ params: { reportId: world.openReportId, reviewerId } }))),
  },
  'POST /api/v1/reports/[reportId]/status': {
    'refuses near-valid status changes, naming the field': () =>
      nearValid(statusChange, {
        status: fc.oneof(fc.constant(missing), otherThan('string'), fc.constantFrom('closed', 'APPROVED', '', 'in review')),
        reason: fc.oneof(otherThan('string'), longerThan(2_000), withNul(words)),
      }),
    'refuses moves the workflow does not allow, and reopening without a reason': handful((world) =>
      fc.oneof(
        fc.constant({ params: { reportId: world.openReportId }, json: { status: 'approved' }, expected: { status: 422, field: 'status' } }),
        fc.tuple(fc.constantFrom('in_review', 'in_adjudication'), fc.constantFrom(undefined, '', '  ')).map(([status, reason]) => ({
          params: { reportId: world.approvedReportId },
          json: { status, reason },
          expected: { status: 422, field: 'reason' },
        })),
      )),
    'refuses reviewers': (world) => forbiddenFor('reviewer', statusChange.map((json) => ({ params: { reportId: world.openReportId }, json }))),
  },
  'POST /api/v1/reports/[reportId]/completion/[reviewerId]/reopen': {
    'refuses a missing, blank or malformed reason, naming it': () =>
      nearValid(fc.record({ reason: words }), { reason: fc.oneof(fc.constant(missing), otherThan('string'), blank, longerThan(2_000), withNul(words)) }),
    'refuses to reopen a review that is not complete, or one on an approved report': handful((world) =>
      fc.oneof(
        fc.constantFrom(...world.userIds.filter((id) => id !== world.reviewerId)).map((reviewerId) => ({
          params: { reportId: world.openReportId, reviewerId },
          json: { reason: 'A second source' },
          expected: { status: 409, field: 'reviewerId' },
        })),
        fc.constant({ params: { reportId: world.approvedReportId, reviewerId: world.reviewerId }, json: { reason: 'A second source' }, expected: { status: 423 } }),
      )),
    'refuses reviewers': (world) =>
      forbiddenFor('reviewer', words.map((reason) => ({ params: { reportId: world.openReportId, reviewerId: world.reviewerId }, json: { reason } }))),
  },
  'POST /api/v1/reports/[reportId]/revisions': {
    'refuses near-valid revisions, naming the field': () =>
      nearValid(fc.record({ body: newText, bodyFormat: fc.constantFrom('text', 'html') }, { requiredKeys: ['body'] }), {
        body: importCorruptions.body,
        bodyFormat: fc.oneof(importCorruptions.bodyFormat, fc.constant('pdf')),
      }),
    'refuses the current text, another report’s text, and a revision of an approved report': (world) =>
      fc.oneof(
        fc.constant({ params: { reportId: world.openReportId }, json: { body: bodyOf(world, world.openReportId) }, expected: { status: 409, field: 'body' } }),
        fc.constant({ params: { reportId: world.openReportId }, json: { body: bodyOf(world, world.approvedReportId) }, expected: { status: 409, field: 'body' } }),
        newText.map((body) => ({ params: { reportId: world.approvedReportId }, json: { body }, expected: { status: 423 } })),
      ),
    'refuses reviewers': (world) => forbiddenFor('reviewer', newText.map((body) => ({ params: { reportId: world.openReportId }, json: { body } }))),
  },
  'POST /api/v1/reports/[reportId]/orphans/dismiss': {
    'refuses near-valid dismissals, naming the field': () =>
      nearValid(fc.record({ sentenceIds: fc.array(fc.uuid({ version: 7 }), { minLength: 1, maxLength: 3 }) }), {
        'sentenceIds.0': fc.oneof(otherThan('string'), malformedId),
        sentenceIds: fc.oneof(otherThan('array', 'null'), fc.array(fc.uuid({ version: 7 }), { minLength: 1_001, maxLength: 1_001 })),
        all: otherThan('boolean'),
        reason: fc.oneof(otherThan('string', 'null'), longerThan(2_000), withNul(words)),
      }),
    'refuses ids that are not orphans of the report, and an approved report': (world) =>
      fc.oneof(
        fc.constantFrom(...(world.idsByParam.sentenceId ?? [])).map((id) => ({ params: { reportId: world.openReportId }, json: { sentenceIds: [id] }, expected: { status: 422, field: 'sentenceIds.0' } })),
        fc.constantFrom(...world.defaultClaimIds).map((id) => ({ params: { reportId: world.openReportId }, json: { claimIds: [id] }, expected: { status: 422, field: 'claimIds.0' } })),
        fc.constant({ params: { reportId: world.approvedReportId }, json: { all: true }, expected: { status: 423 } }),
      ),
    'refuses reviewers': (world) => forbiddenFor('reviewer', fc.constantFrom(...(world.idsByParam.reportId ?? [])).map((reportId) => ({ params: { reportId }, json: { all: true } }))),
  },
  'GET /api/v1/dashboard': {
    'refuses reviewers': () => forbiddenFor('reviewer', fc.constant({})),
  },
};
