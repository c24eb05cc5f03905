import { beforeAll, describe, expect, test } from 'vitest';
import { bodyText, exportBody, exportOrigin, seedReviewedReports } from '../../support/reviewed-reports';
import { failedMusts, w3cAnnotationMusts, w3cSamples } from '../../support/w3c-annotation-musts';

function isSimpleAnnotation(value: unknown): boolean {
  const annotation = value as { type?: unknown; target?: { type?: unknown } };
  return annotation.type === 'Annotation' && !['Composite', 'List', 'Independents'].includes(String(annotation.target?.type));
}

let fixture: Awaited<ReturnType<typeof seedReviewedReports>>;
const musts = w3cAnnotationMusts();

beforeAll(async () => {
  fixture = await seedReviewedReports();
});

describe('the W3C "must" schemas', () => {
  test('are 54 assertions that catch every incorrect sample of the suite and pass its correct annotations', () => {
    expect(musts).toHaveLength(54);
    const incorrect = w3cSamples('incorrect');
    expect(incorrect).toHaveLength(22);
    for (const sample of incorrect) expect(failedMusts(musts, sample.annotation), sample.file).not.toEqual([]);
    // The correct samples include collections and pages, which are not annotations, and three
    // annotations whose targets are Composite, List or Independents sets, which the suite's own
    // 3.2 schema does not recognize; our annotations use neither.
    const annotations = w3cSamples('correct').filter(({ annotation }) => isSimpleAnnotation(annotation));
    expect(annotations).toHaveLength(38);
    for (const sample of annotations) expect(failedMusts(musts, sample.annotation), sample.file).toEqual([]);
  });
});

describe('annotations export', () => {
  test('is an AnnotationCollection whose every annotation satisfies every W3C "must" schema', async () => {
    const collection = JSON.parse(bodyText((await exportBody(fixture.editor.actor, { format: 'annotations', scope: 'all' })).bytes));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', startIndex: 0 } });
    const annotations = collection.first.items;
    // Six reviewer verdicts and three final verdicts.
    expect(annotations).toHaveLength(9);
    expect(collection.total).toBe(9);
    for (const annotation of annotations) expect(failedMusts(musts, annotation), annotation.id).toEqual([]);
  });

  test('each annotation targets the claim in the report text by quote and position, with label, note and creator', async () => {
    const collection = JSON.parse(bodyText((await exportBody(fixture.editor.actor, { format: 'annotations', reportId: fixture.reutersId })).bytes));
    const claim = fixture.reutersClaims[0];
    const annotation = collection.first.items.find((item: { target: { selector: { exact?: string }[] } }) => item.target.selector[0]?.exact === claim?.text);
    expect(annotation).toMatchObject({
      type: 'Annotation',
      motivation: 'assessing',
      id: expect.stringMatching(/^urn:uuid:/),
      creator: { type: 'Person', name: fixture.editor.name },
      created: expect.any(String),
      modified: expect.any(String),
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'corroborated' },
        { type: 'TextualBody', purpose: 'commenting', value: '+cmd' },
        { type: 'SpecificResource', purpose: 'identifying', source: `${exportOrigin}/reports/${fixture.reutersId}?claim=${claim?.id}#claim-${claim?.id}`, label: 'sentence 1' },
        { type: 'TextualBody', purpose: 'describing', value: expect.stringMatching(/^supports: Indo-Pacific Defense FORUM/) },
      ],
      target: { type: 'SpecificResource', source: { id: `${exportOrigin}/api/v1/reports/${fixture.reutersId}/text`, format: 'text/plain' } },
    });
    const [quote, position] = annotation.target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: claim?.text });
    expect(position.type).toBe('TextPositionSelector');
    const { db } = await import('@/lib/db');
    const report = await db.report.findUniqueOrThrow({ where: { id: fixture.reutersId }, select: { body: true } });
    expect(report.body.slice(position.start, position.end)).toBe(claim?.text);
    expect(report.body.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
  });
});
