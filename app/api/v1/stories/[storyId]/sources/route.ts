// GET /api/v1/stories/{id}/sources - whether each pair of the story's reports are independent sources, with reasons (credit, text_reuse, editor) and the computed ones beside an editor's
// PUT /api/v1/stories/{id}/sources - {reportIds: [a, b], relation: independent|derived, derivedReportId?, reason?}: an editor's decision on a pair (editors and admins)
// DELETE /api/v1/stories/{id}/sources?reportIds=a,b&reason= - take the decision back: credit lines and text reuse decide again (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { clearSourceDecision, decideSourceRelation } from '@/lib/stories/decide-source-relation';
import { getStoryIndependence } from '@/lib/stories/get-story-independence';

export const GET = apiRoute(({ actor, input }) => getStoryIndependence({ actor, input }));

export const PUT = apiRoute(({ actor, input }) => decideSourceRelation({ actor, input }), { maxBodyBytes: 16 * 1024 });

export const DELETE = apiRoute(({ actor, input }) => clearSourceDecision({ actor, input }));
