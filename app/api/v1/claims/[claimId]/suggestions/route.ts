// GET /api/v1/claims/{id}/suggestions - sentences of other reports that may state the claim's fact, best first
import { NextResponse, type NextRequest } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { suggestEvidence } from '@/lib/review/suggest-evidence';

export async function GET(request: NextRequest, { params }: { params: Promise<{ claimId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const input = { ...Object.fromEntries(request.nextUrl.searchParams), ...(await params) };
    return NextResponse.json(await suggestEvidence({ actor, input }));
  } catch (error) {
    return errorResponse(error);
  }
}
