// POST /api/v1/reports/{id}/status - {status, reason}: in_review → in_adjudication → approved, or back; reopening an approved report needs a reason
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { changeReportStatus } from '@/lib/workflow/change-report-status';

export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 16 * 1024);
    return NextResponse.json(await changeReportStatus({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
