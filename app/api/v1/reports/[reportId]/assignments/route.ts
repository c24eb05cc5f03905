// GET /api/v1/reports/{id}/assignments - the reviewers assigned, with progress; POST {reviewerId} - assign one (editors and admins)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { assignReviewer } from '@/lib/workflow/assign-reviewer';
import { listAssignments } from '@/lib/workflow/list-assignments';

export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await listAssignments({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 16 * 1024);
    const assignment = await assignReviewer({ actor, input: { ...body, ...(await params) } });
    return NextResponse.json(assignment, { status: assignment.added ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
