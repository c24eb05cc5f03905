import fc from 'fast-check';
import type { ExportDocument } from '@/lib/validations/export-document';
import { forbiddenFor, handful, nearValid, type CaseDraft, type RouteCases } from './fuzz-case';
import { beyondInt4, hugeNumber, malformedId, missing, otherThan, unknownUuid, withNul, words } from './fuzz-inputs';

// Invalid `json` exports for POST /api/v1/import: a valid document of one report (two sentences,
// a claim with a reviewer's verdict and a final verdict) with one field corrupted. Restoring
// needs a server without reports, so these also run before the reports are seeded.

const first = 'The port handled 42 tonnes on Tuesday.';
const second = 'The minister confirmed it.';
const body = `${first} ${second}`;
const time = '2026-01-05T09:00:00.000Z';
const ids = {
  report: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a01',
  firstSentence: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a02',
  secondSentence: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a03',
  claim: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a04',
  verdict: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a05',
  finalVerdict: '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a06',
};

/** A document `restoreExport` would accept on an empty server; `email` must be an existing account's, so no account is made. */
export function validExportDocument(email: string): ExportDocument {
  const person = { name: 'Fuzz Admin', email };
  const sentence = { prefix: '', suffix: '', kind: 'body' as const, detectedKind: 'body' as const };
  return {
    format: 'factcheck-verdict-export',
    formatVersion: 1,
    scope: 'all',
    exportedAt: time,
    reports: [
      {
        id: ids.report,
        slug: 'fuzz-wire-port',
        outlet: 'Fuzz Wire',
        title: 'Port figures',
        url: 'https://example.test/port',
        syndicatedCopyUrl: null,
        publishedOn: '2026-01-05',
        creditsInText: ['AP'],
        notes: null,
        revision: 1,
        importedAt: time,
        status: 'in_review',
        blindReview: true,
        adjudicateSingleVerdicts: true,
        body,
        sentences: [
          {
            ...sentence,
            id: ids.firstSentence,
            index: 0,
            start: 0,
            end: first.length,
            text: first,
            claims: [
              {
                id: ids.claim,
                start: 0,
                end: first.length,
                text: first,
                prefix: '',
                suffix: ' The minister',
                isDefault: true,
                finalVerdict: {
                  id: ids.finalVerdict,
                  label: 'corroborated',
                  note: 'The minister confirmed it',
                  version: 1,
                  createdAt: time,
                  updatedAt: time,
                  basis: 'editor',
                  decidedBy: person,
                  evidence: [{ kind: 'sentence', relation: 'supports', sentenceId: ids.secondSentence, reportSlug: 'fuzz-wire-port', outlet: 'Fuzz Wire', sentenceIndex: 1, text: second }],
                },
                verdicts: [
                  {
                    id: ids.verdict,
                    label: 'disputed',
                    note: '',
                    version: 2,
                    createdAt: time,
                    updatedAt: time,
                    reviewer: person,
                    evidence: [{ kind: 'url', relation: 'contradicts', url: 'https://example.test/denial', quote: 'Denied' }],
                  },
                ],
              },
            ],
          },
          { ...sentence, id: ids.secondSentence, index: 1, start: first.length + 1, end: body.length, text: second, claims: [] },
        ],
      },
    ],
  };
}

const report = 'reports.0';
const sentence = `${report}.sentences.0`;
const claim = `${sentence}.claims.0`;
const finalVerdict = `${claim}.finalVerdict`;
const verdict = `${claim}.verdicts.0`;

const badTime = fc.oneof(otherThan('string'), fc.constantFrom('2026-01-05', 'yesterday', '2026-13-05T09:00:00.000Z', '0000-01-01T00:00:00.000Z', '2026-01-05T09:00:00.000'));
const badCount = fc.oneof(otherThan('number'), fc.integer({ max: -1 }), fc.constant(1.5), hugeNumber, beyondInt4.filter((value) => value > 0));
const nulText = withNul(words);

const corruptions = {
  format: fc.oneof(fc.constant(missing), otherThan('string'), fc.constantFrom('factcheck-verdict-export ', 'csv')),
  formatVersion: fc.oneof(fc.constant(missing), fc.constantFrom(0, 2, '1', 1.5)),
  scope: fc.oneof(otherThan('string'), fc.constantFrom('none', 'ALL')),
  exportedAt: badTime,
  reports: otherThan('array'),
  [`${report}.id`]: fc.oneof(malformedId, otherThan('string')),
  [`${report}.slug`]: fc.oneof(fc.constant(''), otherThan('string'), nulText),
  [`${report}.outlet`]: fc.oneof(fc.constant(''), nulText),
  [`${report}.title`]: fc.oneof(otherThan('string', 'null'), nulText),
  [`${report}.url`]: fc.oneof(otherThan('string', 'null'), nulText),
  [`${report}.publishedOn`]: fc.oneof(otherThan('string', 'null'), fc.constantFrom('2026-02-30', '05/01/2026', '0000-01-01')),
  [`${report}.creditsInText`]: fc.oneof(otherThan('array'), nulText.map((credit) => [credit])),
  [`${report}.notes`]: nulText,
  [`${report}.revision`]: fc.oneof(badCount, fc.constant(0)),
  [`${report}.importedAt`]: badTime,
  [`${report}.status`]: fc.constantFrom('open', 'APPROVED', ''),
  [`${report}.blindReview`]: otherThan('boolean'),
  [`${report}.body`]: fc.oneof(fc.constant(''), otherThan('string'), fc.constant(`${body}\u0000`)),
  [`${sentence}.index`]: badCount,
  [`${sentence}.start`]: badCount,
  [`${sentence}.text`]: fc.oneof(otherThan('string'), nulText),
  [`${sentence}.prefix`]: fc.oneof(otherThan('string'), nulText),
  [`${sentence}.kind`]: fc.constantFrom('sentence', 'BODY', ''),
  [`${claim}.id`]: malformedId,
  [`${claim}.end`]: badCount,
  [`${claim}.suffix`]: nulText,
  [`${claim}.isDefault`]: otherThan('boolean'),
  [`${finalVerdict}.label`]: fc.constantFrom('true', 'corroborated ', ''),
  [`${finalVerdict}.note`]: nulText,
  [`${finalVerdict}.version`]: fc.oneof(badCount, fc.constant(0)),
  [`${finalVerdict}.basis`]: fc.constantFrom('reviewer', ''),
  [`${finalVerdict}.decidedBy.email`]: fc.oneof(fc.constantFrom('', 'not an email', 'a@'), nulText),
  [`${finalVerdict}.evidence.0.sentenceId`]: fc.oneof(malformedId, unknownUuid),
  [`${finalVerdict}.evidence.0.kind`]: fc.constantFrom('page', ''),
  [`${verdict}.version`]: badCount,
  [`${verdict}.note`]: nulText,
  [`${verdict}.reviewer.name`]: fc.oneof(fc.constant(''), nulText),
  [`${verdict}.evidence.0.url`]: fc.oneof(otherThan('string'), nulText),
  [`${verdict}.evidence.0.quote`]: fc.oneof(otherThan('string', 'null'), nulText),
};

/** Documents with one field corrupted: 422 naming it (a path such as `reports.0.sentences.0.index`). */
export function corruptExportDocuments(email: string): fc.Arbitrary<CaseDraft> {
  return nearValid(fc.constant(validExportDocument(email)), corruptions);
}

export const restoreCases: Record<string, RouteCases> = {
  'POST /api/v1/import': {
    'refuses near-valid exports, naming the field': (world) => corruptExportDocuments(world.adminEmail),
    'refuses to restore into a server that has reports': handful((world) => fc.constant({ json: validExportDocument(world.adminEmail), expected: { status: 409 } })),
    'refuses editors': handful((world) => forbiddenFor('editor', fc.constant({ json: validExportDocument(world.adminEmail) }))),
  },
};
