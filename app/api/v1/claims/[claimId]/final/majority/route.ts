// POST /api/v1/claims/{id}/final/majority - {version}: make the reviewers' majority label the final verdict (editors and admins)
import { NextResponse } from 'next/server';
import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';

export async function POST(request: Request, { params }: { params: Promise<{ claimId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 16 * 1024);
    return NextResponse.json(await acceptMajority({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
