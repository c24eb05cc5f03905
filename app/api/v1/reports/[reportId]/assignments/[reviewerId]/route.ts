// DELETE /api/v1/reports/{id}/assignments/{reviewerId} - take the report off a reviewer's list (editors and admins)
import { apiRoute } from '@/lib/http/api-route';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';

export const DELETE = apiRoute(({ actor, input }) => unassignReviewer({ actor, input }));
