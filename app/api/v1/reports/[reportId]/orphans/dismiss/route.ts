// POST /api/v1/reports/{id}/orphans/dismiss - {sentenceIds?, claimIds?, all?, reason?}: take orphans off the report's orphan list (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { dismissOrphans } from '@/lib/reports/dismiss-orphans';

export const POST = apiRoute(({ actor, input }) => dismissOrphans({ actor, input }), { maxBodyBytes: 256 * 1024 });
