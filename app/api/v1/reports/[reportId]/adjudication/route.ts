// GET /api/v1/reports/{id}/adjudication - the claims an editor must settle, open then settled, with every reviewer's verdict
import { NextResponse } from 'next/server';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';

export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await getAdjudicationQueue({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}
