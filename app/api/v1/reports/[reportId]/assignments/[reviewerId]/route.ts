// DELETE /api/v1/reports/{id}/assignments/{reviewerId} - take the report off a reviewer's list (editors and admins)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { unassignReviewer } from '@/lib/workflow/unassign-reviewer';

export async function DELETE(request: Request, { params }: { params: Promise<{ reportId: string; reviewerId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await unassignReviewer({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}
