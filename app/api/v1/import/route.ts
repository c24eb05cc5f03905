// POST /api/v1/import - restore a `json` export into a server without reports (admins); 201 {reports, claims, verdicts, finalVerdicts}
import { NextResponse } from 'next/server';
import { restoreExport } from '@/lib/export/restore-export';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(async ({ actor, input }) => NextResponse.json(await restoreExport({ actor, input }), { status: 201 }), {
  maxBodyBytes: 100 * 1024 * 1024,
});
