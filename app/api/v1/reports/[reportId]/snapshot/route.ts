// GET /api/v1/reports/{id}/snapshot - the page the report was imported from, byte for byte, as an attachment (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { getReportSnapshot } from '@/lib/reports/get-report-snapshot';

export const GET = apiRoute(async ({ actor, input }) => {
  const snapshot = await getReportSnapshot({ actor, input });
  const isPdf = snapshot.contentType.split(';')[0]?.trim().toLowerCase() === 'application/pdf';
  // A PDF is served as one, to save. A page is served as plain text in its own encoding, and
  // sandboxed besides, so that its scripts can never run in this site's origin even if a browser
  // shows it instead of saving it.
  return new Response(new Uint8Array(snapshot.content), {
    headers: {
      'content-type': isPdf ? 'application/pdf' : `text/plain; charset=${snapshot.encoding}`,
      'content-disposition': `attachment; filename="${snapshot.report.slug}-snapshot.${isPdf ? 'pdf' : 'html'}"`,
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
