// POST /api/v1/reports/{id}/revisions - re-import a corrected text; sentences and claims are re-attached
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { maxRequestBytes } from '@/lib/http/request-limits';
import { reviseReport } from '@/lib/reports/revise-report';

export const POST = apiRoute(async ({ actor, input }) => NextResponse.json(await reviseReport({ actor, input }), { status: 201 }), { maxBodyBytes: maxRequestBytes });
