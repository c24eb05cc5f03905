// DELETE /api/v1/claims/{id} - remove a claim the caller made (whole-sentence claims stay)
import { removeClaim } from '@/lib/claims/remove-claim';
import { apiRoute } from '@/lib/http/api-route';

export const DELETE = apiRoute(({ actor, input }) => removeClaim({ actor, input }));
