// PATCH /api/v1/sentences/{id} - change a unit's kind ({"kind": "caption"}); only body units are for review
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';

export async function PATCH(request: Request, { params }: { params: Promise<{ sentenceId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 64 * 1024);
    return NextResponse.json(await changeSentenceKind({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
