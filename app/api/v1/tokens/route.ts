// GET /api/v1/tokens - the caller's API tokens, newest first (admins may pass ?userId= for anyone's)
// POST /api/v1/tokens - {name}: issue the caller a personal API token, 201 with the token, shown once
import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/http/api-route';
import { issueApiToken } from '@/lib/api-tokens/issue-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';

export const GET = apiRoute(({ actor, input }) => listApiTokens({ actor, input }));

export const POST = apiRoute(
  async ({ actor, input }) => {
    const { id, name, prefix, createdAt, token } = await issueApiToken({ actor, input });
    return NextResponse.json({ id, name, prefix, createdAt, token }, { status: 201 });
  },
  { maxBodyBytes: 16 * 1024 },
);
