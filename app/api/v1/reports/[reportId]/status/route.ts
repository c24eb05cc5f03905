// POST /api/v1/reports/{id}/status - {status, reason}: in_review → in_adjudication → approved, or back; reopening an approved report needs a reason
import { apiRoute } from '@/lib/http/api-route';
import { changeReportStatus } from '@/lib/workflow/change-report-status';

export const POST = apiRoute(({ actor, input }) => changeReportStatus({ actor, input }), { maxBodyBytes: 16 * 1024 });
