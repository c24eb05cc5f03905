import fc from 'fast-check';
import { NextRequest } from 'next/server';
import type { RouteMethod } from './discover-routes';
import type { CaseDraft, Expectation } from './fuzz-case';
import { writeJson } from './fuzz-inputs';
import type { Role } from './fuzz-world';
import { routeAnswerText } from '../route-answer-text';

const origin = 'http://localhost:3000';

/** A request ready to send, and what its answer must be. Prints short, so a counterexample with a 6 MB body stays readable. */
export type FuzzCase = {
  url: URL;
  params: Record<string, string>;
  headers: Record<string, string>;
  body: string | undefined;
  expected: Expectation;
};

export type Answer = { status: number; text: string; errorField: string | undefined };

function shorten(text: string, max = 300): string {
  return text.length <= max ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)`;
}

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** Real ids for the path parameters a case leaves out. */
export function realParams(route: RouteMethod, idsByParam: Record<string, string[]>): fc.Arbitrary<Record<string, string>> {
  const everyId = Object.values(idsByParam).flat();
  return fc.record(Object.fromEntries(route.params.map((param) => [param, fc.constantFrom(...(idsByParam[param] ?? everyId))])));
}

/** Completes a draft: real ids where it gave none, the role's token unless it sends its own Authorization, the body as text. */
export function completeCase(route: RouteMethod, tokens: Record<Role, string>, draft: CaseDraft, defaults: { params: Record<string, string>; contentType: string | undefined }): FuzzCase {
  const params = { ...defaults.params, ...draft.params };
  let pathname = route.pattern;
  for (const [name, value] of Object.entries(params)) pathname = pathname.replace(`[${name}]`, encodeSegment(value));
  const url = new URL(pathname, origin);
  for (const [key, value] of draft.query ?? []) url.searchParams.append(key, value);
  const body = route.method === 'GET' ? undefined : (draft.text ?? (draft.json === undefined ? undefined : writeJson(draft.json)));
  const headers: Record<string, string> = {
    authorization: draft.authorization ?? `Bearer ${tokens[draft.role ?? 'admin']}`,
    ...(body !== undefined && defaults.contentType !== undefined ? { 'content-type': defaults.contentType } : {}),
    ...draft.headers,
  };
  // Whatever else is wrong with it, a body over the route's limit is refused for its size, once the credentials pass.
  const isOverLimit = draft.authorization === undefined && body !== undefined && route.bodyLimit !== null && Buffer.byteLength(body) > route.bodyLimit;
  const expected: Expectation = isOverLimit ? { status: 413 } : draft.expected;
  const fuzzCase: FuzzCase = { url, params, headers, body, expected };
  return Object.assign(fuzzCase, {
    [fc.toStringMethod]: () =>
      `${route.method} ${shorten(url.href, 500)} params=${shorten(JSON.stringify(params))} headers=${shorten(JSON.stringify(headers))} body=${body === undefined ? 'none' : shorten(body)} expected=${JSON.stringify(expected)}`,
  });
}

/** Calls the route handler as Next would, and reads the whole answer (a streamed export included). */
export async function send(route: RouteMethod, fuzzCase: FuzzCase): Promise<Answer> {
  const request = new NextRequest(fuzzCase.url, { method: route.method, headers: fuzzCase.headers, body: fuzzCase.body });
  const response = await route.handler(request, { params: Promise.resolve(fuzzCase.params) });
  const text = await routeAnswerText(response);
  let errorField: string | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const field = (parsed as { error?: { field?: unknown } } | null)?.error?.field;
    errorField = typeof field === 'string' ? field : undefined;
  } catch {
    errorField = undefined;
  }
  return { status: response.status, text, errorField };
}
