// GET /api/v1/reports/{id}/text - the report's text as stored (text/plain), which offsets and exported annotations index into
import { apiRoute } from '@/lib/http/api-route';
import { getReportText } from '@/lib/reports/get-report-text';

export const GET = apiRoute(async ({ actor, input }) => {
  const report = await getReportText({ actor, input });
  return new Response(report.body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'x-report-revision': String(report.revision) } });
});
