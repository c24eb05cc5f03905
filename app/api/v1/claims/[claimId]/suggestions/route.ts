// GET /api/v1/claims/{id}/suggestions - sentences of other reports that may state the claim's fact, best first
import { apiRoute } from '@/lib/http/api-route';
import { suggestEvidence } from '@/lib/review/suggest-evidence';

export const GET = apiRoute(({ actor, input }) => suggestEvidence({ actor, input }));
