// GET /api/v1/reports - list reports (id, outlet, title, publishedOn), a page at a time
// POST /api/v1/reports - import a report (editors and admins): {outlet, title?, url?, publishedOn?, credits?, body, bodyFormat?}
import { NextResponse, type NextRequest } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { getReport } from '@/lib/reports/get-report';
import { importReport } from '@/lib/reports/import-report';
import { listReports } from '@/lib/reports/list-reports';
import { reportResponse } from '@/lib/reports/report-response';

export async function GET(request: NextRequest) {
  try {
    const actor = await authenticateRequest(request);
    const page = await listReports({ actor, input: Object.fromEntries(request.nextUrl.searchParams) });
    return NextResponse.json(page);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: NextRequest) {
  try {
    const actor = await authenticateRequest(request);
    const imported = await importReport({ actor, input: await readJsonBody(request) });
    const report = await getReport({ actor, input: { reportId: imported.id } });
    return NextResponse.json(reportResponse(report), { status: 201, headers: { Location: `/api/v1/reports/${imported.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
