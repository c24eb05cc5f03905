// GET /api/v1/reports/{id}/snapshot - the page the report was imported from, byte for byte, as an attachment (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { getReportSnapshot } from '@/lib/reports/get-report-snapshot';

export const GET = apiRoute(async ({ actor, input }) => {
  const snapshot = await getReportSnapshot({ actor, input });
  // Served as plain text in the page's own encoding, and sandboxed besides, so that the page's
  // scripts can never run in this site's origin even if a browser shows it instead of saving it.
  return new Response(new Uint8Array(snapshot.content), {
    headers: {
      'content-type': `text/plain; charset=${snapshot.encoding}`,
      'content-disposition': `attachment; filename="${snapshot.report.slug}-snapshot.html"`,
      'content-security-policy': "sandbox; default-src 'none'",
      'x-content-type-options': 'nosniff',
      'x-snapshot-sha256': snapshot.sha256,
      'x-snapshot-url': snapshot.url,
      'x-snapshot-fetched-at': snapshot.fetchedAt.toISOString(),
      'x-snapshot-content-type': snapshot.contentType,
      'x-report-revision': String(snapshot.revision),
    },
  });
});
