// GET /api/v1/reports/{id}/agreement - {alpha, percentAgreement, claims, reviewers}; under blind review only after completing one's own review
import { NextResponse } from 'next/server';
import { getAgreement } from '@/lib/agreement/get-agreement';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';

export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await getAgreement({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}
