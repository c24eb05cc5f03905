// GET /api/v1/reports/{id}/agreement - {alpha, percentAgreement, claims, reviewers}; under blind review only after completing one's own review
import { getAgreement } from '@/lib/agreement/get-agreement';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(({ actor, input }) => getAgreement({ actor, input }));
