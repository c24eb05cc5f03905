// GET /api/v1/audit/export?format=csv|json&<the filters of /api/v1/audit> - the filtered history as a file, streamed (editors and admins)
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ actor, input }) => {
  const exported = await exportAuditEvents({ actor, input });
  return new Response(exported.body, {
    headers: {
      'content-type': exported.contentType,
      'content-disposition': `attachment; filename="${exported.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
