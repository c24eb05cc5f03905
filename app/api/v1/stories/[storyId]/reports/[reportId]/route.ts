// PUT /api/v1/stories/{id}/reports/{reportId} - put the report in the story, moving it from its story if any (editors and admins): { storyId, reportId, added }
// DELETE /api/v1/stories/{id}/reports/{reportId} - take the report out of the story (editors and admins): 204
import { apiRoute } from '@/lib/http/api-route';
import { addReportToStory, removeReportFromStory } from '@/lib/stories/change-story-reports';

export const PUT = apiRoute(({ actor, input }) => addReportToStory({ actor, input }), { maxBodyBytes: 1024 });

export const DELETE = apiRoute(async ({ actor, input }) => {
  await removeReportFromStory({ actor, input });
  return new Response(null, { status: 204 });
});
