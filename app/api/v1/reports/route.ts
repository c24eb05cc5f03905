// GET /api/v1/reports - list reports (id, outlet, title, publishedOn), a page at a time
import { NextResponse, type NextRequest } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { listReports } from '@/lib/reports/list-reports';

export async function GET(request: NextRequest) {
  try {
    const actor = await authenticateRequest(request);
    const page = await listReports({ actor, input: Object.fromEntries(request.nextUrl.searchParams) });
    return NextResponse.json(page);
  } catch (error) {
    return errorResponse(error);
  }
}
