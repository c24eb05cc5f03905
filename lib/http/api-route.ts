import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { Actor } from '@/lib/actor';
import { noteApiTokenUse } from '@/lib/api-tokens/note-api-token-use';
import { AppError } from '@/lib/errors';
import { authenticateRequest } from './authenticate-request';
import { errorResponse } from './error-response';
import { readJsonBody } from './read-json-body';
import { chooseRequestId, withRequestId } from '@/lib/audit/request-context';
import { refusalReason } from './request-origin';

type RouteContext = { params: Promise<Record<string, string>> };
type Call = { actor: Actor; input: Record<string, unknown>; request: NextRequest };

/**
 * An /api/v1 route handler: authenticates the caller (token or session), gathers the input (the
 * JSON body up to `maxBodyBytes` when the route takes one, else the query string; path parameters
 * always win), runs the use case and answers its result as JSON (or the Response it returns).
 * Every thrown error becomes the JSON error answer. The request's id (the caller's X-Request-Id,
 * or a new one) is on every audit event it writes and on the answer.
 */
export function apiRoute(handler: (call: Call) => Promise<unknown>, { maxBodyBytes }: { maxBodyBytes?: number } = {}) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    const requestId = chooseRequestId(request.headers.get('x-request-id'));
    const response = await withRequestId(requestId, async () => {
      try {
        // Checked again here (the proxy checks first) in case a request reaches the route without passing the proxy.
        const refusal = refusalReason(request.method, request.headers, request.nextUrl);
        if (refusal) throw new AppError('forbidden', refusal);
        const { actor, apiToken } = await authenticateRequest(request);
        const fields = maxBodyBytes === undefined ? Object.fromEntries(request.nextUrl.searchParams) : await readJsonBody(request, maxBodyBytes);
        const result = await handler({ actor, input: { ...fields, ...(await context.params) }, request });
        const response = result instanceof Response ? result : NextResponse.json(result);
        if (response.ok && apiToken) await noteApiTokenUse(apiToken);
        return response;
      } catch (error) {
        return errorResponse(error);
      }
    });
    response.headers.set('x-request-id', requestId);
    return response;
  };
}
