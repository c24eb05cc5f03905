// GET /api/v1/audit?actor=&reportId=&sentenceId=&action=&entityType=&entityId=&from=&to=&cursor=&limit= - audit history, newest first (editors and admins)
import { listAuditEvents } from '@/lib/audit-history/list-audit-events';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(({ actor, input }) => listAuditEvents({ actor, input }));
