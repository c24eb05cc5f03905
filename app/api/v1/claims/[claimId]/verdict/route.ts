// PUT /api/v1/claims/{id}/verdict - save the caller's verdict: {label, note, evidence, version}; 409 with {current} on a stale version
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { saveVerdict } from '@/lib/review/save-verdict';

export async function PUT(request: Request, { params }: { params: Promise<{ claimId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 256 * 1024);
    return NextResponse.json(await saveVerdict({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
