// GET /api/v1/audit/export?format=csv|json&<the filters of /api/v1/audit> - the filtered history as a file, streamed (editors and admins)
import { exportAuditEvents } from '@/lib/audit-history/export-audit-events';
import { apiRoute } from '@/lib/http/api-route';
import { attachmentResponse } from '@/lib/http/attachment-response';

export const GET = apiRoute(async ({ actor, input }) => attachmentResponse(await exportAuditEvents({ actor, input })));
