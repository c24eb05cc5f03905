// POST /api/v1/reports/{id}/completion - the caller marks their review of the report complete (opens blind review to them)
import { apiRoute } from '@/lib/http/api-route';
import { completeReview } from '@/lib/workflow/complete-review';

export const POST = apiRoute(({ actor, input }) => completeReview({ actor, input }));
