// GET /api/v1/export?format=csv|json|claimreview|annotations|html|pdf&scope=final|all&reportId=&bom=true - download verdicts (editors and admins), streamed
import { exportVerdicts } from '@/lib/export/export-verdicts';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ actor, input, request }) => {
  const exported = await exportVerdicts({ actor, input, origin: request.nextUrl.origin, requestUrl: request.nextUrl.href });
  return new Response(exported.body, {
    headers: {
      'content-type': exported.contentType,
      'content-disposition': `attachment; filename="${exported.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
