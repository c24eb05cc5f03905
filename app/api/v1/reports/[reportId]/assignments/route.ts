// GET /api/v1/reports/{id}/assignments - the reviewers assigned and whether each completed their review
// POST /api/v1/reports/{id}/assignments - {reviewerId}: assign one (editors and admins); 201, or 200 if already assigned
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { listAssignments } from '@/lib/workflow/list-assignments';

export const GET = apiRoute(({ actor, input }) => listAssignments({ actor, input }));

export const POST = apiRoute(
  async ({ actor, input }) => {
    const assignment = await assignReviewer({ actor, input });
    return NextResponse.json(assignment, { status: assignment.added ? 201 : 200 });
  },
  { maxBodyBytes: 16 * 1024 },
);
