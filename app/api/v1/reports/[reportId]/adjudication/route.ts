// GET /api/v1/reports/{id}/adjudication - the claims an editor must settle, open then settled, with every reviewer's verdict
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(({ actor, input }) => getAdjudicationQueue({ actor, input }));
