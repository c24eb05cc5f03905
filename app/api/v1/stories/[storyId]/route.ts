// GET /api/v1/stories/{id} - a story: { id, title, createdAt, reports: [{ id, outlet, title, publishedOn, archived }] }
// PATCH /api/v1/stories/{id} - {title}: rename the story (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { getStory } from '@/lib/stories/get-story';
import { renameStory } from '@/lib/stories/rename-story';

export const GET = apiRoute(({ actor, input }) => getStory({ actor, input }));

export const PATCH = apiRoute(({ actor, input }) => renameStory({ actor, input }), { maxBodyBytes: 16 * 1024 });
