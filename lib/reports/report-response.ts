import type { ReportWithUnits } from './get-report';

/** The API's shape of a report with its units: only the documented fields leave the server. */
export function reportResponse(report: ReportWithUnits) {
  return {
    id: report.id,
    outlet: report.outlet,
    title: report.title,
    url: report.url,
    publishedOn: report.publishedOn,
    credits: report.creditsInText,
    revision: report.revision,
    units: report.units.map(({ id, index, start, end, kind, text }) => ({ id, index, start, end, kind, text })),
    ...(report.orphans ? { orphans: report.orphans } : {}),
  };
}
