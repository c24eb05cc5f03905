// GET /api/v1/reports/{id} - a report with its sentences (id, index, start, end, kind, text, claims), also as the deprecated `units`
// PATCH /api/v1/reports/{id} - {blindReview, adjudicateSingleVerdicts}: review settings (editors and admins)
// DELETE /api/v1/reports/{id}?reason= - delete a report without verdicts (editors and admins): 204; 409 with verdicts (archive it instead: POST …/archive)
import { apiRoute } from '@/lib/http/api-route';
import { deleteReport } from '@/lib/reports/delete-report';
import { getReport } from '@/lib/reports/get-report';
import { reportResponse } from '@/lib/reports/report-response';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';

export const GET = apiRoute(async ({ actor, input }) => reportResponse(await getReport({ actor, input })));

export const PATCH = apiRoute(({ actor, input }) => updateReviewSettings({ actor, input }), { maxBodyBytes: 16 * 1024 });

export const DELETE = apiRoute(async ({ actor, input }) => {
  await deleteReport({ actor, input });
  return new Response(null, { status: 204 });
});
