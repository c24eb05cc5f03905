import fc from 'fast-check';
import { auditActions, auditEntityTypes } from '@/lib/audit/audit-event';
import { encodeAuditCursor } from '@/lib/validations/audit-query';
import { exportFormats } from '@/lib/validations/export-document';
import { forbiddenFor, nearValidQuery, type RouteCases } from './fuzz-case';
import { longerThan, malformedId, missing, unknownUuid, withNul, words } from './fuzz-inputs';
import type { FuzzWorld } from './fuzz-world';

// Invalid queries for the audit history and the exports. A valid export writes an audit event,
// so every query here has a field at fault.

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
const notEmpty = (value: string) => value !== '';
const outside = (allowed: readonly string[]) => fc.oneof(fc.string(), fc.constantFrom('EXPORT.DOWNLOADED', 'verdict.saved ', '%', '\u0000')).filter((value) => notEmpty(value) && !allowed.includes(value));

/** Dates and times the audit filters cannot read, and ones PostgreSQL cannot store (year 0). */
const badBound = fc.oneof(
  fc.string().filter(notEmpty),
  fc.constantFrom('2024-13-01', '2024-00-10', '2024-01-32', '2024-1-1', '20240101', '2024-01-01T25:00:00Z', '2024-01-01T00:00:00', 'today', '0000-01-01', '0000-06-30T12:00:00Z', '-001000-01-01T00:00:00Z'),
);

function auditFilters(world: FuzzWorld) {
  const filters = fc.record(
    {
      actor: fc.oneof(unknownUuid, fc.constantFrom(...world.userIds)),
      reportId: fc.constantFrom(...(world.idsByParam.reportId ?? [])),
      action: fc.constantFrom(...auditActions),
      entityType: fc.constantFrom(...auditEntityTypes),
      entityId: words,
      limit: fc.integer({ min: 1, max: 200 }).map(String),
      cursor: fc.tuple(day, fc.bigInt({ min: 1n, max: 2n ** 63n - 1n })).map(([createdAt, sequence]) => encodeAuditCursor({ createdAt, sequence })),
    },
    { requiredKeys: [] },
  );
  const range = fc.option(
    fc.tuple(day, fc.integer({ min: 1, max: 1_000 })).map(([from, days]) => ({
      from: from.toISOString().slice(0, 10),
      to: new Date(from.getTime() + days * 86_400_000).toISOString(),
    })),
    { nil: {} },
  );
  return fc.tuple(filters, range).map(([picked, dates]) => ({ ...picked, ...dates }));
}

const auditCorruptions = {
  actor: malformedId.filter(notEmpty),
  reportId: malformedId.filter(notEmpty),
  sentenceId: malformedId.filter(notEmpty),
  action: outside(auditActions),
  entityType: outside(auditEntityTypes),
  entityId: fc.oneof(fc.constantFrom(' ', '\n\t'), longerThan(254), withNul(words)),
  from: badBound,
  to: badBound,
  cursor: fc.oneof(
    fc.string({ minLength: 1, maxLength: 200 }),
    longerThan(200),
    fc.constantFrom('2024-01-01T00:00:00.000Z|0', '2024-01-01T00:00:00.000Z|99999999999999999999', '2024-01-01T00:00:00.000Z|9223372036854775808', '0000-01-01T00:00:00.000Z|5', '2024-01-01|5').map(base64url),
    fc.bigInt({ min: 2n ** 63n, max: 10n ** 19n - 1n }).map((sequence) => base64url(`2024-01-01T00:00:00.000Z|${sequence}`)),
  ),
  limit: fc.oneof(fc.string(), fc.constantFrom('0', '-1', '201', '1.5', '1e309', ' ')).filter((value) => {
    const limit = Number(value);
    return notEmpty(value) && !(Number.isInteger(limit) && limit >= 1 && limit <= 200);
  }),
};

function backwardsRange(world: FuzzWorld) {
  return fc.tuple(auditFilters(world), day, fc.integer({ min: 0, max: 1_000 })).map(([filters, to, days]) => ({
    ...filters,
    from: new Date(to.getTime() + days * 86_400_000).toISOString(),
    to: to.toISOString(),
  }));
}

const exportQuery = fc
  .record({ format: fc.constantFrom(...exportFormats), scope: fc.constantFrom('final', 'all'), bom: fc.constantFrom('true', 'false') }, { requiredKeys: ['format'] })
  .filter((query) => query.format !== 'claimreview' || query.scope !== 'all');

const withFormat = (query: fc.Arbitrary<Record<string, string>>) => fc.tuple(query, fc.constantFrom('csv', 'json')).map(([filters, format]) => ({ ...filters, format }));

export const exportCases: Record<string, RouteCases> = {
  'GET /api/v1/audit': {
    'refuses malformed filters, cursors and limits, naming the field': (world) => nearValidQuery(auditFilters(world), auditCorruptions),
    'refuses a range that ends before it starts': (world) => backwardsRange(world).map((query) => ({ query: Object.entries(query), expected: { status: 422, field: 'to' } })),
    'refuses reviewers': (world) => forbiddenFor('reviewer', auditFilters(world).map((query) => ({ query: Object.entries(query) }))),
  },
  'GET /api/v1/audit/export': {
    'refuses malformed formats and filters without recording an export': (world) =>
      nearValidQuery(withFormat(auditFilters(world)), { ...auditCorruptions, format: fc.oneof(fc.constant(missing), outside(['csv', 'json'])) }),
    'refuses a range that ends before it starts': (world) => withFormat(backwardsRange(world)).map((query) => ({ query: Object.entries(query), expected: { status: 422, field: 'to' } })),
    'refuses reviewers': (world) => forbiddenFor('reviewer', withFormat(auditFilters(world)).map((query) => ({ query: Object.entries(query) }))),
  },
  'GET /api/v1/export': {
    'refuses malformed export requests without recording an export': (world) =>
      fc.oneof(
        nearValidQuery(
          exportQuery,
          {
            format: fc.oneof(fc.constant(missing), outside(exportFormats)),
            scope: outside(['final', 'all']),
            reportId: fc.oneof(malformedId.filter(notEmpty), unknownUuid),
            bom: fc.oneof(fc.constantFrom('', 'TRUE', '1', 'yes'), outside(['true', 'false'])),
          },
          { reportId: { status: [404, 422], field: 'reportId' } },
        ),
        fc.constantFrom(...(world.idsByParam.reportId ?? [])).map((reportId) => ({ query: [['format', 'claimreview'], ['scope', 'all'], ['reportId', reportId]] as [string, string][], expected: { status: 422, field: 'scope' } })),
      ),
    'refuses reviewers': () => forbiddenFor('reviewer', exportQuery.map((query) => ({ query: Object.entries(query) }))),
  },
};
