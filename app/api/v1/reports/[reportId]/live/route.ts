// GET /api/v1/reports/{id}/live - Server-Sent Events: the report's changes as they commit (id: the
// audit sequence; a reconnecting EventSource's Last-Event-ID, or ?after=, resumes after it)
import { apiRoute } from '@/lib/http/api-route';
import { eventStreamResponse, liveInput } from '@/lib/http/event-stream-response';
import { followReport } from '@/lib/live/follow-report';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async ({ actor, input, request }) => eventStreamResponse(await followReport({ actor, input: liveInput(input, request), signal: request.signal })));
