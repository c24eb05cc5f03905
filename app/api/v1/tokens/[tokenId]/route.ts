// DELETE /api/v1/tokens/{id} - revoke an API token (its owner or an admin; 404 for anyone else, 409 if already revoked)
import { apiRoute } from '@/lib/http/api-route';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';

export const DELETE = apiRoute(({ actor, input }) => revokeApiToken({ actor, input }));
