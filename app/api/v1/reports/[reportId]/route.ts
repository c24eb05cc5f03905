// GET /api/v1/reports/{id} - a report with its units (id, index, start, end, kind, text)
// PATCH /api/v1/reports/{id} - {blindReview, adjudicateSingleVerdicts}: review settings (editors and admins)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { getReport } from '@/lib/reports/get-report';
import { reportResponse } from '@/lib/reports/report-response';
import { updateReviewSettings } from '@/lib/workflow/update-review-settings';

export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const report = await getReport({ actor, input: await params });
    return NextResponse.json(reportResponse(report));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const body = await readJsonBody(request, 16 * 1024);
    return NextResponse.json(await updateReviewSettings({ actor, input: { ...body, ...(await params) } }));
  } catch (error) {
    return errorResponse(error);
  }
}
