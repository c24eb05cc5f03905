// POST /api/v1/stories/{id}/facts/corrections - {links: [{claimId, otherClaimId, sameFact: true|false|null}], reason?}: correct the grouping (reviewers, editors, admins); corrections win over the computation
import { correctFacts } from '@/lib/facts/correct-facts';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(({ actor, input }) => correctFacts({ actor, input }), { maxBodyBytes: 128 * 1024 });
