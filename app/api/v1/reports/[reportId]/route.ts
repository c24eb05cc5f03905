// GET /api/v1/reports/{id} - a report with its units (id, index, start, end, kind, text)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { getReport } from '@/lib/reports/get-report';
import { reportResponse } from '@/lib/reports/report-response';

export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const actor = await authenticateRequest(request);
    const report = await getReport({ actor, input: await params });
    return NextResponse.json(reportResponse(report));
  } catch (error) {
    return errorResponse(error);
  }
}
