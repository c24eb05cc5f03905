// POST /api/v1/reports/{id}/completion/{reviewerId}/reopen - {reason}: reopen a reviewer's completed review so their verdicts can change again (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { reopenReview } from '@/lib/workflow/reopen-review';

export const POST = apiRoute(({ actor, input }) => reopenReview({ actor, input }), { maxBodyBytes: 16 * 1024 });
