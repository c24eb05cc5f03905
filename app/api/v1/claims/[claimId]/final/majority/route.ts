// POST /api/v1/claims/{id}/final/majority - {version}: make the reviewers' majority label the final verdict (editors and admins)
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(({ actor, input }) => acceptMajority({ actor, input }), { maxBodyBytes: 16 * 1024 });
