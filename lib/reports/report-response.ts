import type { ReportWithSentences } from './get-report';

/**
 * The API's shape of a report: `{ report, sentences, units }`, each sentence with its claims
 * (`isDefault` for the whole-sentence claim). Only the documented fields leave the server.
 * `units` is the same list under its old name, for API v1 clients written before the rename.
 */
export function reportResponse(report: ReportWithSentences) {
  const sentences = report.sentences.map(({ id, index, start, end, kind, text, claims }) => ({
    id,
    index,
    start,
    end,
    kind,
    text,
    claims: claims.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end, text: claim.text, isDefault: claim.isDefault })),
  }));
  return {
    report: {
      id: report.id,
      name: report.name,
      outlet: report.outlet,
      title: report.title,
      url: report.url,
      publishedOn: report.publishedOn,
      credits: report.creditsInText,
      notes: report.notes,
      storyId: report.storyId,
      revision: report.revision,
      ...(report.orphans ? { orphans: report.orphans } : {}),
    },
    sentences,
    units: sentences,
    nextCursor: report.nextCursor,
  };
}
