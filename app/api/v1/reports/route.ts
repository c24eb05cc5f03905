// GET /api/v1/reports - list reports (id, outlet, title, publishedOn, status), a page at a time
// POST /api/v1/reports - import a report (editors and admins): {outlet, title?, url?, publishedOn?, credits?, body, bodyFormat?}; for HTML the page fills in what is not given; a PDF's body is the file in base64
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { maxRequestBytes } from '@/lib/http/request-limits';
import { getReport } from '@/lib/reports/get-report';
import { importReport } from '@/lib/reports/import-report';
import { listReports } from '@/lib/reports/list-reports';
import { reportResponse } from '@/lib/reports/report-response';

export const GET = apiRoute(({ actor, input }) => listReports({ actor, input }));

export const POST = apiRoute(
  async ({ actor, input }) => {
    const imported = await importReport({ actor, input });
    const report = await getReport({ actor, input: { reportId: imported.id } });
    return NextResponse.json(reportResponse(report), { status: 201, headers: { Location: `/api/v1/reports/${imported.id}` } });
  },
  { maxBodyBytes: maxRequestBytes },
);
