// POST /api/v1/reports/from-url - import a report from a web page (editors and admins): {url, outlet?, title?, publishedOn?, credits?, notes?}; the page is kept as its snapshot
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { getReport } from '@/lib/reports/get-report';
import { importReportFromUrl } from '@/lib/reports/import-report-from-url';
import { reportResponse } from '@/lib/reports/report-response';

export const POST = apiRoute(
  async ({ actor, input }) => {
    const imported = await importReportFromUrl({ actor, input });
    const report = await getReport({ actor, input: { reportId: imported.id } });
    return NextResponse.json(reportResponse(report), { status: 201, headers: { Location: `/api/v1/reports/${imported.id}` } });
  },
  { maxBodyBytes: 64 * 1024 },
);
