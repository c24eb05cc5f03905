// GET /api/v1/export?format=csv|json|claimreview|annotations|html|pdf&scope=final|all&reportId=&bom=true - download verdicts (editors and admins), streamed
import { exportVerdicts } from '@/lib/export/export-verdicts';
import { apiRoute } from '@/lib/http/api-route';
import { attachmentResponse } from '@/lib/http/attachment-response';

export const GET = apiRoute(async ({ actor, input, request }) =>
  attachmentResponse(await exportVerdicts({ actor, input, origin: request.nextUrl.origin, requestUrl: request.nextUrl.href })),
);
