// PUT /api/v1/claims/{id}/final - an editor's final verdict: the same body and answers as /verdict; 403 for reviewers
import { NextResponse } from 'next/server';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';

export async function PUT(request: Request, { params }: { params: Promise<{ claimId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 256 * 1024);
    return NextResponse.json(await saveFinalVerdict({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
