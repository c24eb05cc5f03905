// GET /api/v1/live - Server-Sent Events for editors and admins: the changes of every report as they
// commit, for the dashboard (resumes after Last-Event-ID or ?after=, as a report's live route does)
import { apiRoute } from '@/lib/http/api-route';
import { eventStreamResponse, liveInput } from '@/lib/http/event-stream-response';
import { followDesk } from '@/lib/live/follow-report';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async ({ actor, input, request }) => eventStreamResponse(await followDesk({ actor, input: liveInput(input, request), signal: request.signal })));
