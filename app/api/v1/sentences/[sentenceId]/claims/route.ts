// POST /api/v1/sentences/{id}/claims - make a claim of part of a sentence: {start, end} within the sentence text
import { NextResponse } from 'next/server';
import { createClaim } from '@/lib/claims/create-claim';
import { apiRoute } from '@/lib/http/api-route';

export const POST = apiRoute(async ({ actor, input }) => NextResponse.json(await createClaim({ actor, input }), { status: 201 }), { maxBodyBytes: 64 * 1024 });
