// GET /api/v1/stories/{id}/facts - the story's fact map: reports, independence of each pair, facts with their statements, proposed label, reasons and differing figures
import { getStoryFacts } from '@/lib/facts/get-story-facts';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(({ actor, input }) => getStoryFacts({ actor, input }));
