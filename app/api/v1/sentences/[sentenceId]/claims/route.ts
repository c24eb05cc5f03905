// POST /api/v1/sentences/{id}/claims - make a claim of part of a sentence: {start, end} within the sentence text
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { createClaim } from '@/lib/claims/create-claim';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';

export async function POST(request: Request, { params }: { params: Promise<{ sentenceId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 64 * 1024);
    return NextResponse.json(await createClaim({ actor, input: { ...body, ...(await params) } }), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
