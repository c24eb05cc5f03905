// POST /api/v1/reports/{id}/revisions - re-import a corrected text; sentences and claims are re-attached
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { reviseReport } from '@/lib/reports/revise-report';

export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request);
    const summary = await reviseReport({ actor, input: { ...body, ...(await params) } });
    return NextResponse.json(summary, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
