// POST /api/v1/reports/{id}/completion - the caller marks their review of the report complete (opens blind review to them)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { completeReview } from '@/lib/workflow/complete-review';

export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await completeReview({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}
