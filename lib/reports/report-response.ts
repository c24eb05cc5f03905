import type { ReportWithUnits } from './get-report';

/**
 * The API's shape of a report: `{ report, units }`, each unit with its claims (`isDefault` for the
 * whole-sentence claim). Only the documented fields leave the server.
 */
export function reportResponse(report: ReportWithUnits) {
  return {
    report: {
      id: report.id,
      outlet: report.outlet,
      title: report.title,
      url: report.url,
      publishedOn: report.publishedOn,
      credits: report.creditsInText,
      revision: report.revision,
      ...(report.orphans ? { orphans: report.orphans } : {}),
    },
    units: report.units.map(({ id, index, start, end, kind, text, claims }) => ({
      id,
      index,
      start,
      end,
      kind,
      text,
      claims: claims.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end, text: claim.text, isDefault: claim.isDefault })),
    })),
  };
}
