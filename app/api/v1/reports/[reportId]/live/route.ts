// GET /api/v1/reports/{id}/live - Server-Sent Events: the report's changes as they commit (id: the
// audit sequence; a reconnecting EventSource's Last-Event-ID, or ?after=, resumes after it)
import { apiRoute } from '@/lib/http/api-route';
import { followReport } from '@/lib/live/follow-report';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async ({ actor, input, request }) => {
  const lastEventId = request.headers.get('last-event-id');
  const stream = await followReport({ actor, input: lastEventId ? { ...input, after: lastEventId } : input, signal: request.signal });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: a compressing proxy would hold events back to fill its buffers.
      'Cache-Control': 'private, no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});
