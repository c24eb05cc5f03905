// GET /api/v1/dashboard - per report: status, reviewers' progress, agreement, open conflicts; agreement overall (editors and admins)
import { NextResponse } from 'next/server';
import { authenticateRequest } from '@/lib/auth/authenticate-request';
import { errorResponse } from '@/lib/http/error-response';
import { getDashboard } from '@/lib/workflow/get-dashboard';

export async function GET(request: Request) {
  try {
    const actor = await authenticateRequest(request);
    return NextResponse.json(await getDashboard({ actor }));
  } catch (error) {
    return errorResponse(error);
  }
}
